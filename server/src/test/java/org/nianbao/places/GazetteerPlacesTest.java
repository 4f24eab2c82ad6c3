package org.nianbao.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which query words name a place, and which region: the rule the searcher's place words follow. */
class GazetteerPlacesTest {

  private final GazetteerPlaces places = GazetteerPlaces.bundled();

  @Test
  void aProvinceOrPrefectureNamedBareOrInFull() {
    assertEquals(Optional.of(List.of("山东省")), places.regionPath("山东"));
    assertEquals(Optional.of(List.of("山东省", "淄博市")), places.regionPath("淄博"));
    assertEquals(Optional.of(List.of("山东省", "淄博市")), places.regionPath("淄博市"));
  }

  @Test
  void aCountyNamedWithItsDivisionWord() {
    assertEquals(Optional.of(List.of("山东省", "聊城市", "东昌府区")), places.regionPath("东昌府区"));
  }

  @Test
  void aBareCountyNameAnAmbiguousNameOrAnyOtherWordIsNoPlace() {
    assertEquals(Optional.empty(), places.regionPath("公安"));
    assertEquals(Optional.empty(), places.regionPath("朝阳区"));
    assertEquals(Optional.empty(), places.regionPath("抖音"));
    assertEquals(Optional.empty(), places.regionPath("2023"));
  }
}
