package it.fascicolosociale.intake;

import jakarta.persistence.Converter;

import it.fascicolosociale.platform.CodedConverter;

/** Stores channels and requester kinds by their codes. */
final class IntakeConverters {

    private IntakeConverters() {
    }

    @Converter
    static class ChannelConverter extends CodedConverter<Channel> {
        ChannelConverter() {
            super(Channel::fromCode);
        }
    }

    @Converter
    static class RequesterKindConverter extends CodedConverter<Requester.Kind> {
        RequesterKindConverter() {
            super(Requester.Kind::fromCode);
        }
    }
}
