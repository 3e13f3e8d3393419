package org.procurement.support.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Every string read from a JSON body is refused with a 400 naming its field when it holds U+0000, which the
 * database would otherwise reject with an error (a 500) after validation had passed.
 */
@Singleton
public class NulRefusingStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("nul-refusing-strings").addDeserializer(String.class, new Reader()));
    }

    static final class Reader extends StdScalarDeserializer<String> {

        Reader() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (NulCharacters.in(value)) {
                throw InvalidFormatException.from(parser, NulCharacters.MESSAGE, value, String.class);
            }
            return value;
        }
    }
}
