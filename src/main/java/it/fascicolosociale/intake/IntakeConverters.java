package it.fascicolosociale.intake;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores channels and requester kinds by their codes. */
final class IntakeConverters {

    private IntakeConverters() {
    }

    @Converter
    static class ChannelConverter implements AttributeConverter<Channel, String> {
        @Override
        public String convertToDatabaseColumn(Channel channel) {
            return channel == null ? null : channel.code();
        }

        @Override
        public Channel convertToEntityAttribute(String code) {
            return code == null ? null : Channel.fromCode(code);
        }
    }

    @Converter
    static class RequesterKindConverter implements AttributeConverter<Requester.Kind, String> {
        @Override
        public String convertToDatabaseColumn(Requester.Kind kind) {
            return kind == null ? null : kind.code();
        }

        @Override
        public Requester.Kind convertToEntityAttribute(String code) {
            return code == null ? null : Requester.Kind.fromCode(code);
        }
    }
}
