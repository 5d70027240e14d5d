package org.paramlab.kernel.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import org.junit.jupiter.api.Test;
import org.paramlab.repro.Claim;
import org.paramlab.repro.ReproResult;
import org.paramlab.repro.RunEnvironment;

import java.util.List;
import java.util.Map;

class ReproResultRendererTest {
    private static final ReproResult RESULT =
            new ReproResult(
                    "matrix-sensing",
                    "Doe. ICLR 2024.",
                    "smoke",
                    42,
                    "2025-01-02T03:04:05Z",
                    1.5,
                    Map.of(),
                    new RunEnvironment("Linux", "amd64", 8, 4096, "17", "PyTorch 2.7.1", "cpu()"),
                    List.of(
                            new Claim("a", "slope <= -0.8", "-1", "-0.98", Claim.Status.PASSED),
                            new Claim("b", "rate", "2", "2.1", Claim.Status.PASSED),
                            new Claim("c", "bound", "1", "3", Claim.Status.FAILED),
                            new Claim(
                                    "d", "large", "0.9", "needs a GPU", Claim.Status.NOT_TESTED)));

    private static final String VERDICT =
            "matrix-sensing: 2 of 3 tested claims reproduced (1 not tested) at smoke scale in 1.5 s";

    @Test
    void textStartsWithTheVerdictCounts() {
        DisplayData out = new DisplayData();
        new ReproResultRenderer().render(RESULT, out);
        String text = (String) out.getData(MIMEType.TEXT_PLAIN);
        assertTrue(text.startsWith(VERDICT + "\n"), text);
        assertTrue(text.contains("needs a GPU"), text);
    }

    @Test
    void htmlHasTheVerdictAndAnEscapedClaimsTable() {
        DisplayData out = new DisplayData();
        new ReproResultRenderer().render(RESULT, out);
        String html = (String) out.getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("<b>" + VERDICT + "</b>"), html);
        assertTrue(html.contains("<td>slope &lt;= -0.8</td>"), html);
        assertTrue(html.contains("<td>not-tested</td>"), html);
        assertTrue(html.contains("<td>failed</td>"), html);
    }
}
