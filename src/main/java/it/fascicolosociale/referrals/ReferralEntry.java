package it.fascicolosociale.referrals;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One dated step of a referral's conversation, by whom: the answer, each update, the closure, a reminder to an
 * external body, the withdrawal. Entries are only added, never changed.
 */
@Entity
@Table(name = "referral_entry")
public class ReferralEntry {

    /** What the entry says. */
    public enum Kind { ACCEPTANCE, DECLINE, UPDATE, CLOSURE, REMINDER, WITHDRAWAL }

    static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Kind kind;

    @Column(updatable = false)
    private String text;

    @Column(name = "answered_on", updatable = false)
    private LocalDate answeredOn;

    @Column(updatable = false)
    private String author;

    @Column(name = "recorded_at", updatable = false)
    private Instant recordedAt;

    protected ReferralEntry() {
    }

    ReferralEntry(Kind kind, String text, LocalDate answeredOn, String author, Instant recordedAt) {
        this.kind = kind;
        this.text = text;
        this.answeredOn = answeredOn;
        this.author = author;
        this.recordedAt = recordedAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    /** The date of an external body's answer, as the sender records it; null for the other entries. */
    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
