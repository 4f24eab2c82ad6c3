package org.nianbao.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumeralsTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "三, 3",
    "十, 10",
    "十二, 12",
    "二十, 20",
    "二十一, 21",
    "九十九, 99",
    "〇, 0",
    "二〇二四, 2024",
    "二○二三, 2023",
    "12, 12",
    "七, 7",
    "甲, -1",
    "'', -1"
  })
  void value(String numeral, int expected) {
    assertEquals(expected, Numerals.value(numeral), numeral);
  }
}
