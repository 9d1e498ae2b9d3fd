package it.fascicolosociale.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The SINA coding speaks the INPS contract: for each attribute of the SINA block of PS_PSA_SINA201812.xsd, our
 * enum has exactly its codes, in order, with its labels (letter case and spacing aside), and our coding requires
 * exactly the attributes the contract requires. Runs where ../shared is beside the project.
 */
class SinaConformanceTest {

    private static final Path XSD = Path.of("../shared/reference/inps/PS_PSA_SINA201812.xsd");
    private static final Map<String, Class<? extends Enum<?>>> ATTRIBUTES = new LinkedHashMap<>();

    static {
        ATTRIBUTES.put("Mobilita", Mobility.class);
        ATTRIBUTES.put("AttivitaVitaQuotidiana", DailyLiving.class);
        ATTRIBUTES.put("DisturbiAreaCognitiva", CognitiveDisorders.class);
        ATTRIBUTES.put("DisturbiComportamentali", BehaviouralDisorders.class);
        ATTRIBUTES.put("NecessitaCureSanitarie", HealthCareNeed.class);
        ATTRIBUTES.put("AreaReddituale", IncomeSituation.class);
        ATTRIBUTES.put("AreaSupporto", SupportNetwork.class);
        ATTRIBUTES.put("FonteDerivazioneValutazione", AssessmentSource.class);
        ATTRIBUTES.put("StrumentoValutazione", AssessmentTool.class);
    }

    private Document xsd;

    @BeforeEach
    void readContract() throws Exception {
        assumeTrue(Files.exists(XSD), "../shared is not beside the project");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        xsd = factory.newDocumentBuilder().parse(XSD.toFile());
    }

    @Test
    void everySinaFieldHasTheCodesAndLabelsOfTheContract() {
        Properties bundle = AssessmentBundle.load();
        for (Map.Entry<String, Class<? extends Enum<?>>> field : ATTRIBUTES.entrySet()) {
            List<Element> enumerations = children(named("simpleType", sinaAttribute(field.getKey()).getAttribute("type")),
                    "enumeration");
            List<Coded> ours = Arrays.stream(field.getValue().getEnumConstants()).map(Coded.class::cast).toList();

            assertThat(ours).as(field.getKey()).extracting(Coded::code)
                    .containsExactlyElementsOf(enumerations.stream().map(value -> value.getAttribute("value")).toList());
            assertThat(ours).as(field.getKey()).extracting(value -> normalised(bundle.getProperty(SinaCodes.labelCode(value))))
                    .containsExactlyElementsOf(enumerations.stream().map(value -> normalised(value.getTextContent())).toList());
        }
    }

    @Test
    void theCodingRequiresExactlyWhatTheContractRequires() {
        for (Map.Entry<String, Class<? extends Enum<?>>> field : ATTRIBUTES.entrySet()) {
            boolean optional = "optional".equals(sinaAttribute(field.getKey()).getAttribute("use"));
            // the instrument is never left out: it follows from the assessment's SVaMA or SVaMDi
            boolean leftOutByUs = field.getValue() != AssessmentTool.class && acceptsNone(field.getValue());
            assertThat(leftOutByUs).as(field.getKey() + " optional").isEqualTo(optional);
        }
    }

    private static boolean acceptsNone(Class<?> type) {
        RecordComponent[] components = SinaCoding.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = types[i] == type ? null : types[i].getEnumConstants()[0];
        }
        try {
            SinaCoding.class.getDeclaredConstructor(types).newInstance(values);
            return true;
        } catch (java.lang.reflect.InvocationTargetException refused) {
            assertThat(refused.getCause()).isInstanceOf(RuleViolation.class);
            return false;
        } catch (ReflectiveOperationException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    private Element sinaAttribute(String name) {
        return children(named("complexType", "SINAType"), "attribute").stream()
                .filter(attribute -> attribute.getAttribute("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("SINAType has no attribute " + name));
    }

    private Element named(String kind, String name) {
        return children(xsd.getDocumentElement(), kind).stream()
                .filter(element -> element.getAttribute("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("No " + kind + " " + name));
    }

    private static List<Element> children(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String normalised(String label) {
        return label == null ? null : label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ITALIAN);
    }

}
