/**
 * Platform: the embedded database, demo data, security, web layout and error handling that every
 * module runs on. Small on purpose; business rules never live here.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package it.fascicolosociale.platform;

import org.springframework.modulith.ApplicationModule;
