package it.fascicolosociale.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** A bean of the demo, made only where the synthetic demo data are loaded ({@code fascicolo.demo-data=true}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "fascicolo.demo-data", havingValue = "true")
@interface OnDemoData {
}
