package org.paramlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;

class CellParserTest {

    @Test
    void codeOnlyCellIsOnePartOnLineOne() {
        CellParser.Parsed p = CellParser.parse("int x = 1;\nx + 1");
        assertNull(p.cellMagic());
        assertEquals(List.of(new CellParser.Code("int x = 1;\nx + 1\n", 1)), p.parts());
    }

    @Test
    void lineMagicsSplitCodeKeepingCellLineNumbers() {
        String cell = "int x = 1;\nint y = 2;\n%scale smoke\n\nx + y\n  %time x * y";
        assertEquals(
                List.of(
                        new CellParser.Code("int x = 1;\nint y = 2;\n", 1),
                        new CellParser.LineMagic("scale", List.of("smoke"), 3),
                        new CellParser.Code("\nx + y\n", 4),
                        new CellParser.LineMagic("time", List.of("x", "*", "y"), 6)),
                CellParser.parse(cell).parts());
    }

    @Test
    void leadingMagicThenCodeStartsTheCodeOnTheNextLine() {
        assertEquals(
                List.of(
                        new CellParser.LineMagic("device", List.of(), 1),
                        new CellParser.Code("var a = 3;\n", 2)),
                CellParser.parse("%device\nvar a = 3;").parts());
    }

    @Test
    void blankLinesBetweenMagicsAreNoCodePart() {
        assertEquals(
                List.of(
                        new CellParser.LineMagic("scale", List.of(), 1),
                        new CellParser.LineMagic("device", List.of(), 3)),
                CellParser.parse("%scale\n   \n%device\n").parts());
    }

    @Test
    void percentNotFollowedByALetterStaysCode() {
        String cell = "int r = 10\n  % 3;\n%%x";
        assertEquals(List.of(new CellParser.Code(cell + "\n", 1)), CellParser.parse(cell).parts());
    }

    @Test
    void emptyCellHasNoParts() {
        CellParser.Parsed p = CellParser.parse("");
        assertNull(p.cellMagic());
        assertEquals(List.of(), p.parts());
    }

    @Test
    void cellMagicTakesArgumentsAndBodyAfterLeadingBlankLines() {
        CellParser.Parsed p =
                CellParser.parse("\n  \n  %%time --label \"two words\" 'x y'\nfoo();\n\nbar();");
        assertEquals(
                new CellParser.CellMagic(
                        "time", List.of("--label", "two words", "x y"), "foo();\n\nbar();", 4),
                p.cellMagic());
        assertEquals(List.of(), p.parts());
    }

    @Test
    void cellMagicWithoutBodyHasAnEmptyBody() {
        assertEquals(
                new CellParser.CellMagic("time", List.of(), "", 2),
                CellParser.parse("%%time").cellMagic());
    }

    @Test
    void cellMagicWithoutANameIsRejectedWithItsLine() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CellParser.parse("\n%%  \nx"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void cellMagicOnlyCountsOnTheFirstNonBlankLine() {
        CellParser.Parsed p = CellParser.parse("int a = 1;\n%%time\n");
        assertNull(p.cellMagic());
    }

    @Test
    void tokenizeSplitsOnBlanksAndKeepsQuotedTextTogether() {
        assertEquals(
                List.of("a", "b c", "d  e", "f", "x=y z"),
                CellParser.tokenize("  a \"b c\"\t'd  e' f  x=\"y z\" "));
    }

    @Test
    void tokenizeKeepsEmptyQuotesAsAnEmptyWord() {
        assertEquals(List.of("a", "", "b"), CellParser.tokenize("a \"\" b"));
    }

    @Test
    void tokenizeKeepsTheOtherQuoteInsideQuotes() {
        assertEquals(List.of("it's", "say \"hi\""), CellParser.tokenize("\"it's\" 'say \"hi\"'"));
    }

    @Test
    void tokenizeOfBlankTextIsEmpty() {
        assertEquals(List.of(), CellParser.tokenize("   "));
    }

    @Test
    void unclosedQuoteIsRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CellParser.tokenize("a \"b c"));
        assertTrue(e.getMessage().contains("Unclosed quote"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CellParser.parse("%scale 'full"));
    }
}
