package org.clinlead.portal.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clinlead.portal.shared.FieldError;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Text;

/**
 * The API's JSON edge: every request body is checked against the type the resource declares before JSON-B
 * binds it, because JSON-B is lenient where the portal must not be — it wraps 4294967298 into an
 * {@code int} 2, truncates 3.99 to 3, turns a number into a string and any string into a boolean. Here a
 * value must have the JSON type its field declares: whole numbers within their range (3.0 is 3, 3.5 is
 * refused), text as strings without control characters, booleans as {@code true}/{@code false}, enums as
 * one of their names, dates as real dates, lists as arrays. Every problem is a 400 naming the field
 * ({@code scores[1].points}); nothing reaches a boundary. Other bodies (CSV, multipart uploads) that the
 * reader cannot make sense of are a 400 too, never a 500.
 */
@Provider
public class RequestBodies implements ReaderInterceptor {

    /** Looked up once: {@code Json.create…} looks the provider up through the class loader on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    /** The largest JSON body the API reads (papers and files come as multipart, not JSON). */
    static final int MAX_BODY = 2 * 1024 * 1024;
    /** No single text value is longer than this (the domain's own limits are far lower). */
    static final int MAX_TEXT = 100_000;
    /** Decimal values beyond this are no measurement anyone records. */
    private static final BigDecimal MAX_DECIMAL = new BigDecimal("1e15");

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !"json".equals(type.getSubtype()) && !type.getSubtype().endsWith("+json")) {
            try {
                return context.proceed();
            } catch (jakarta.ws.rs.WebApplicationException | org.clinlead.portal.shared.PortalException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new InvalidInputException("body", "The request body could not be read as " + type
                        + ". Check how the form or file is sent.");
            }
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new InvalidInputException("body", "The request body is larger than " + MAX_BODY / 1024 / 1024 + " MB.");
        }
        if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            // No body: the resource decides whether it needs one (Versioned.body says so in words).
            context.setInputStream(new ByteArrayInputStream(body));
            return context.proceed();
        }
        JsonValue json;
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
            json = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("body", "The request body is not valid JSON.");
        }
        List<FieldError> errors = new ArrayList<>();
        check(json, context.getGenericType(), "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        InputStream replay = new ByteArrayInputStream(body);
        context.setInputStream(replay);
        return context.proceed();
    }

    static void check(JsonValue value, Type type, String path, List<FieldError> errors) {
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            return;
        }
        String field = path.isEmpty() ? "body" : path;
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(new FieldError(field, "A value is required here."));
            }
            return;
        }
        if (raw == String.class) {
            if (!(value instanceof JsonString s)) {
                errors.add(new FieldError(field, "This must be text (in quotes)."));
                return;
            }
            String problem = Text.problem(s.getString());
            if (problem != null) {
                errors.add(new FieldError(field, "The text " + problem));
            } else if (s.getString().length() > MAX_TEXT) {
                errors.add(new FieldError(field, "The text must be at most " + MAX_TEXT + " characters."));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                errors.add(new FieldError(field, "This must be true or false (without quotes)."));
            }
        } else if (isWhole(raw)) {
            whole(value, raw, field, errors);
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class) {
            if (!(value instanceof JsonNumber n)) {
                errors.add(new FieldError(field, "This must be a number (without quotes)."));
            } else if (n.bigDecimalValue().abs().compareTo(MAX_DECIMAL) >= 0) {
                errors.add(new FieldError(field, "This number is too large."));
            }
        } else if (raw.isEnum()) {
            String names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            if (!(value instanceof JsonString s) || Arrays.stream(raw.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(s.getString()))) {
                errors.add(new FieldError(field, "This must be one of " + names + "."));
            }
        } else if (raw == LocalDate.class || raw == LocalDateTime.class || raw == Instant.class) {
            temporal(value, raw, field, errors);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!(value instanceof JsonArray array)) {
                errors.add(new FieldError(field, "This must be a list (in square brackets)."));
                return;
            }
            Type element = raw.isArray() ? raw.getComponentType()
                    : type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            for (int i = 0; i < array.size() && errors.size() < 50; i++) {
                check(array.get(i), element, path + "[" + i + "]", errors);
            }
        } else if (raw.getPackageName().startsWith("org.clinlead.")) {
            if (!(value instanceof JsonObject object)) {
                errors.add(new FieldError(field, "This must be an object (in curly brackets)."));
                return;
            }
            for (Map.Entry<String, Type> member : members(raw).entrySet()) {
                JsonValue v = object.get(member.getKey());
                if (v != null) {
                    check(v, member.getValue(), path.isEmpty() ? member.getKey() : path + "." + member.getKey(), errors);
                }
            }
        }
    }

    private static boolean isWhole(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class;
    }

    private static void whole(JsonValue value, Class<?> raw, String field, List<FieldError> errors) {
        boolean isLong = raw == long.class || raw == Long.class;
        boolean isShort = raw == short.class || raw == Short.class;
        long min = isLong ? Long.MIN_VALUE : isShort ? Short.MIN_VALUE : Integer.MIN_VALUE;
        long max = isLong ? Long.MAX_VALUE : isShort ? Short.MAX_VALUE : Integer.MAX_VALUE;
        if (!(value instanceof JsonNumber n)) {
            errors.add(new FieldError(field, "This must be a whole number (without quotes)."));
            return;
        }
        BigDecimal number = n.bigDecimalValue();
        if (number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(field, "This must be a whole number, not " + n + "."));
            return;
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(new FieldError(field, "This number is out of range (" + min + " to " + max + ")."));
        }
    }

    private static void temporal(JsonValue value, Class<?> raw, String field, List<FieldError> errors) {
        String example = raw == LocalDate.class ? "2026-12-07" : raw == LocalDateTime.class ? "2026-12-07T14:00" : "2026-12-07T14:00:00Z";
        if (!(value instanceof JsonString s)) {
            errors.add(new FieldError(field, "This must be a date in quotes, like \"" + example + "\"."));
            return;
        }
        try {
            if (raw == LocalDate.class) {
                LocalDate.parse(s.getString());
            } else if (raw == LocalDateTime.class) {
                LocalDateTime.parse(s.getString());
            } else {
                Instant.parse(s.getString());
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "This is not a real date in the form " + example + "."));
        }
    }

    /** The JSON members a type is bound from: a record's components, or a class's instance fields. */
    private static Map<String, Type> members(Class<?> raw) {
        Map<String, Type> members = new java.util.LinkedHashMap<>();
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                members.put(c.getName(), c.getGenericType());
            }
            return members;
        }
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                    members.putIfAbsent(f.getName(), f.getGenericType());
                }
            }
        }
        return members;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
