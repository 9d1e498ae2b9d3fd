package it.fascicolosociale.casefile.web;

import java.io.IOException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import it.fascicolosociale.notes.DocumentUpload;
import it.fascicolosociale.notes.Visibility;

/** A document as uploaded on the social file page: its title and who may read it; the file comes beside it. */
record DocumentForm(
        @NotBlank(message = "{error.document.title-required}") @Size(max = 200, message = "{validation.document.title-too-long}") String title,
        @NotBlank(message = "{validation.note.visibility-required}") String visibility) {

    static DocumentForm empty() {
        return new DocumentForm("", Visibility.TEAM.code());
    }

    /** The upload of the file sent beside the form (none, or an empty one, is refused by the upload's own check). */
    DocumentUpload upload(MultipartFile file) throws IOException {
        byte[] content = file == null || file.isEmpty() ? new byte[0] : file.getBytes();
        return new DocumentUpload(title, file == null ? null : file.getOriginalFilename(), content, Visibility.fromCode(visibility));
    }
}
