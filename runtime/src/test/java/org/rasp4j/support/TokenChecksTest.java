package org.rasp4j.support;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rasp4j.RaspException;
import org.rasp4j.testing.Gen;

/**
 * The input checks on short inputs (scanned) and long ones (looked up in a bit set) reject
 * exactly the tokens the rule names, at the first position that breaks it.
 */
class TokenChecksTest {
  @Test
  void theFirstUnknownTokenIsReportedOnInputsOfEveryLength() {
    Gen.forAll(300, gen -> {
      // Vocabularies with characters from every part of the range, the last one included, so that
      // the bit set's last word and characters above it are both exercised.
      String vocabulary = gen.string(gen.bool() ? 'a' : '\0', gen.bool() ? 'z' : '\uffff', 1, 12);
      String alphabet = vocabulary + "\0az{\uffff\u0100";
      String tokens = gen.string(alphabet, 0, 120);
      int expected = -1;
      for (int i = 0; i < tokens.length() && expected < 0; i++) {
        if (vocabulary.indexOf(tokens.charAt(i)) < 0) {
          expected = i;
        }
      }
      if (expected < 0) {
        TokenChecks.check(tokens.toCharArray(), "p", vocabulary, "");
      } else {
        RaspException e = assertThrows(RaspException.class,
            () -> TokenChecks.check(tokens.toCharArray(), "p", vocabulary, ""));
        assertThat(e.position()).isEqualTo(expected);
        assertThat(e.getMessage())
            .contains(Problems.unknownToken(tokens.charAt(expected), "p", vocabulary));
      }
    });
  }

  @Test
  void aLongInputWithOneUnknownTokenNamesIt() {
    char[] tokens = "ab".repeat(50).toCharArray();
    tokens[77] = 'c';
    RaspException e = assertThrows(RaspException.class,
        () -> TokenChecks.check(tokens, "p", "ab", ""));
    assertThat(e.position()).isEqualTo(77);
  }

  @Test
  void aLongInputAfterItsBosIsCheckedAgainstTheVocabulary() {
    char[] tokens = ("§" + "01".repeat(40)).toCharArray();
    TokenChecks.check(tokens, "p", "01", "§");
    tokens[50] = '§';
    RaspException e = assertThrows(RaspException.class,
        () -> TokenChecks.check(tokens, "p", "01", "§"));
    assertThat(e.position()).isEqualTo(50);
    assertThat(e.getMessage()).contains(Problems.bosAfterStart("p", '§'));
  }

  @Test
  void oneTokenAtATimeIsRefusedAsTheWholeInputEndingThere() {
    Gen.forAll(300, gen -> {
      String vocabulary = gen.bool() ? "" : gen.string('a', 'e', 1, 4);
      String bos = gen.bool() ? "" : "^";
      String tokens = gen.string("abcdef^", 1, 40);
      // check on each prefix is the reference: the first refused prefix ends at the token
      // checkAt refuses, with the same message; every earlier token passes.
      for (int end = 1; end <= tokens.length(); end++) {
        char[] prefix = tokens.substring(0, end).toCharArray();
        int position = end - 1;
        RaspException whole = null;
        try {
          TokenChecks.check(prefix, "p", vocabulary, bos);
        } catch (RaspException e) {
          whole = e;
        }
        if (whole == null) {
          TokenChecks.checkAt(prefix[position], position, "p", vocabulary, bos);
          continue;
        }
        RaspException one = assertThrows(RaspException.class,
            () -> TokenChecks.checkAt(prefix[position], position, "p", vocabulary, bos));
        assertThat(one.getMessage()).isEqualTo(whole.getMessage());
        assertThat(one.position()).isEqualTo(position);
        break;
      }
    });
  }
}
