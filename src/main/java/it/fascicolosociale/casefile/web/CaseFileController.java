package it.fascicolosociale.casefile.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.fascicolosociale.access.EmergencyAccesses;
import it.fascicolosociale.casefile.CaseFiles;
import it.fascicolosociale.notes.NoteType;
import it.fascicolosociale.notes.Visibility;
import it.fascicolosociale.platform.web.Option;

/**
 * The social file of a case, and what is added to it from its page: a diary note (a plain form, enhanced by htmx
 * to add the note without reloading) and a document. A refused form shows its errors and keeps what was typed.
 */
@Controller
@RequestMapping("/cases/{caseId}")
class CaseFileController {

    private static final String VIEW = "casefile/case";
    private static final Attempt NOTE = new Attempt(Map.of(
            "error.note.day-required", "day", "error.note.day-in-future", "day", "error.note.text-required", "text",
            "error.note.text-too-long", "text", "error.note.unknown-type", "type", "error.note.unknown-visibility", "visibility"),
            "day");
    /** The file's own problems (none sent, too large, of no accepted type) are the form's: shown beside the file. */
    private static final Attempt DOCUMENT = new Attempt(Map.of(
            "error.document.title-required", "title", "error.document.title-too-long", "title",
            "error.note.unknown-visibility", "visibility"), "title");

    private final CaseFiles caseFiles;
    private final MessageSource messages;
    private final Clock clock;
    private final EmergencyAccesses emergencies;

    CaseFileController(CaseFiles caseFiles, MessageSource messages, Clock clock, EmergencyAccesses emergencies) {
        this.emergencies = emergencies;
        this.caseFiles = caseFiles;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable Long caseId, Principal operator, Model model) {
        model.addAttribute("noteForm", NoteForm.today(LocalDate.now(clock)));
        model.addAttribute("documentForm", DocumentForm.empty());
        return page(caseId, operator, model);
    }

    @PostMapping("/notes")
    String addNote(@PathVariable Long caseId, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult errors,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, Principal operator, Model model) {
        var written = NOTE.run(errors, () -> caseFiles.writeNote(operator.getName(), caseId, form.draft()));
        if (written.isPresent() && htmx == null) {
            return "redirect:/cases/" + caseId + "#note-" + written.get();
        }
        if (written.isPresent()) {
            model.addAttribute("noteForm", NoteForm.today(LocalDate.now(clock)));
            model.addAttribute("addedNote", "note-" + written.get());
        }
        model.addAttribute("documentForm", DocumentForm.empty());
        page(caseId, operator, model);
        return htmx == null ? VIEW : VIEW + (written.isPresent() ? " :: note-added" : " :: note-form");
    }

    @PostMapping("/documents")
    String upload(@PathVariable Long caseId, @Valid @ModelAttribute("documentForm") DocumentForm form, BindingResult errors,
                  @RequestParam(value = "file", required = false) MultipartFile file, Principal operator, Model model,
                  RedirectAttributes redirect) {
        var uploaded = DOCUMENT.run(errors, () -> caseFiles.upload(operator.getName(), caseId, read(form, file)));
        if (uploaded.isPresent()) {
            redirect.addFlashAttribute("uploaded", uploaded.get().title());
            return "redirect:/cases/" + caseId + "#document-" + uploaded.get().id();
        }
        model.addAttribute("noteForm", NoteForm.today(LocalDate.now(clock)));
        return page(caseId, operator, model);
    }

    private String page(Long caseId, Principal operator, Model model) {
        var file = caseFiles.of(operator.getName(), caseId);
        model.addAttribute("file", file);
        model.addAttribute("emergency", emergencies.inForce(operator.getName(), file.person().getId()).orElse(null));
        model.addAttribute("concealments", caseFiles.concealments(operator.getName(), file).orElse(null));
        model.addAttribute("requesters", options(it.fascicolosociale.notes.ConcealmentRequester.values(), "concealment-requester."));
        model.addAttribute("noteTypes", options(NoteType.values(), "note-type."));
        model.addAttribute("visibilities", options(Visibility.values(), "visibility."));
        model.addAttribute("sizeLimit", caseFiles.documentSizeLimitInMegabytes());
        return VIEW;
    }

    private List<Option> options(it.fascicolosociale.platform.Coded[] codes, String prefix) {
        return Arrays.stream(codes).map(code -> Option.of(code.code(),
                messages.getMessage(prefix + code.code(), null, LocaleContextHolder.getLocale()))).toList();
    }

    private static it.fascicolosociale.notes.DocumentUpload read(DocumentForm form, MultipartFile file) {
        try {
            return form.upload(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
