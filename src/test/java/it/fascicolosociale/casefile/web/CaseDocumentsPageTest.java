package it.fascicolosociale.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.organization.UserArea;

/** Documents uploaded to a social file: type from the content, size limit, Italian errors, a download that stays a download. */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("elena.conte")
class CaseDocumentsPageTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;

    @Autowired
    SyntheticFiles files;

    @Autowired
    JdbcClient jdbc;

    @Test
    void uploadsAPdfAndServesItAsAnAttachmentThatIsNeverSniffedOrCached() throws Exception {
        Long caseId = caseOfElena();

        String location = mvc.perform(upload(caseId, "Certificato medico", "certificato.pdf", "application/pdf", PDF))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Long documentId = Long.valueOf(location.substring(location.indexOf("#document-") + "#document-".length()));

        mvc.perform(get("/cases/{id}/documents/{doc}", caseId, documentId))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("certificato.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/cases/{id}", caseId))
                .andExpect(content().string(containsString("Documento «Certificato medico», PDF")));
    }

    @Test
    void takesThePngInsideAFileNamedPdfForWhatItIs() throws Exception {
        Long caseId = caseOfElena();

        mvc.perform(upload(caseId, "Foto della stanza", "stanza.pdf", "application/pdf", PNG)).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select content_type from case_document where case_id = :id").param("id", caseId)
                .query(String.class).single()).isEqualTo("image/png");
    }

    @Test
    void refusesContentOfNoAcceptedTypeWhateverItsNameInItalian() throws Exception {
        Long caseId = caseOfElena();

        mvc.perform(upload(caseId, "Programma", "relazione.pdf", "application/pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3}))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Il contenuto del file non è di un tipo ammesso.")))
                .andExpect(content().string(containsString("value=\"Programma\"")));

        assertThat(documents(caseId)).isZero();
    }

    @Test
    void refusesAFileOverTheSizeLimitAndAMissingTitleOrFile() throws Exception {
        Long caseId = caseOfElena();
        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

        mvc.perform(upload(caseId, "Scansione", "scansione.pdf", "application/pdf", large))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Il file è troppo grande: il limite è 10 MB.")));
        mvc.perform(upload(caseId, "", "vuoto.pdf", "application/pdf", PDF))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indica il titolo del documento.")));
        mvc.perform(upload(caseId, "Senza file", "", "application/octet-stream", new byte[0]))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Scegli il file da caricare")));

        assertThat(documents(caseId)).isZero();
    }

    @Test
    @WithUserDetails("paolo.gallo")
    void answersNotFoundToUploadsAndDownloadsOfAnOperatorWithoutAccess() throws Exception {
        Long caseId = caseOfElena();
        Long documentId = jdbc.sql("""
                insert into case_document (case_id, title, file_name, content_type, size_bytes, content, visibility, uploaded_by, uploaded_at)
                values (:caseId, 'Relazione', 'r.pdf', 'application/pdf', 4, '\\x25504446', 'all-units', 'elena.conte', now())
                returning id""").param("caseId", caseId).query(Long.class).single();

        mvc.perform(upload(caseId, "Intruso", "x.pdf", "application/pdf", PDF)).andExpect(status().isNotFound());
        mvc.perform(get("/cases/{id}/documents/{doc}", caseId, documentId)).andExpect(status().isNotFound());
        assertThat(documents(caseId)).isOne();
    }

    @Test
    void answersNotFoundToADocumentOfAnotherCase() throws Exception {
        Long caseId = caseOfElena();
        Long otherCase = caseOfElena();
        String location = mvc.perform(upload(otherCase, "Altro", "a.pdf", "application/pdf", PDF)).andReturn().getResponse().getRedirectedUrl();
        String documentId = location.substring(location.indexOf("#document-") + "#document-".length());

        mvc.perform(get("/cases/{id}/documents/{doc}", caseId, documentId)).andExpect(status().isNotFound());
    }

    private Long caseOfElena() {
        return files.personInCharge("Ada", "Fabris", UserArea.DISABILITY, "elena.conte").getId();
    }

    private static MockHttpServletRequestBuilder upload(Long caseId, String title, String fileName, String browserType, byte[] content) {
        return multipart("/cases/{id}/documents", caseId).file(new MockMultipartFile("file", fileName, browserType, content))
                .param("title", title).param("visibility", "team").with(csrf());
    }

    private long documents(Long caseId) {
        return jdbc.sql("select count(*) from case_document where case_id = :id").param("id", caseId).query(Long.class).single();
    }
}
