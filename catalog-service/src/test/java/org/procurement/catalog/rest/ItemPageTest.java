package org.procurement.catalog.rest;

import org.junit.jupiter.api.Test;
import org.procurement.support.http.Page;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** ItemPage only describes the listing's answer in the OpenAPI document; it must keep Page's shape exactly. */
class ItemPageTest {

    @Test
    void itemPageHasPagesFieldsWithItemViewsAsItems() {
        assertEquals(shape(Page.class.getRecordComponents()), shape(ItemPage.class.getRecordComponents()));
    }

    /** Name and type of each component, Page's type variable read as ItemView. */
    private static List<String> shape(RecordComponent[] components) {
        return Arrays.stream(components).map(c -> c.getName() + ": " + typeName(c.getGenericType())).toList();
    }

    private static String typeName(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getRawType().getTypeName() + "<" + Arrays.stream(parameterized.getActualTypeArguments())
                    .map(ItemPageTest::typeName).reduce((a, b) -> a + ", " + b).orElse("") + ">";
        }
        return "T".equals(type.getTypeName()) ? ItemView.class.getName() : type.getTypeName();
    }
}
