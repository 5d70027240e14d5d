#!/usr/bin/env python3
"""Tests of the ParamLab kernel over the real Jupyter protocol (jupyter_client, ZeroMQ).

Run by `./paramlab test` with JUPYTER_PATH pointing at this checkout's kernelspec. Each test
speaks to a running kernel exactly as Jupyter does: execute requests, display messages, interrupts,
completion, and hand-made messages with a wrong signature.
"""
import json
import os
import queue
import subprocess
import sys
import tempfile
import time
import unittest
import uuid
from pathlib import Path

import zmq
from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session

KERNEL = "paramlab"
ROOT = Path(__file__).resolve().parent.parent


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


class KernelSession:
    def __init__(self):
        self.km, self.kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=120)

    def run(self, code, timeout=120):
        """Executes code; returns (status, outputs) with outputs as (msg_type, content) pairs."""
        outputs = []
        reply = self.kc.execute_interactive(
            code, output_hook=lambda m: outputs.append((m["msg_type"], m["content"])), timeout=timeout)
        keep = [(t, c) for t, c in outputs if t not in ("status", "execute_input")]
        return reply["content"]["status"], keep

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


def data_of(outputs, msg_types=("execute_result", "display_data")):
    return [c["data"] for t, c in outputs if t in msg_types]


def text_of(outputs, name=None):
    return "".join(c["text"] for t, c in outputs if t == "stream" and (name is None or c["name"] == name))


def error_of(outputs):
    errors = [c for t, c in outputs if t == "error"]
    return errors[0] if errors else None


class KernelProtocolTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.k = KernelSession()

    @classmethod
    def tearDownClass(cls):
        cls.k.close()

    def test_execute_returns_last_expression(self):
        status, out = self.k.run("int a = 20;\na + 22")
        self.assertEqual("ok", status)
        self.assertEqual("42", data_of(out)[0]["text/plain"])

    def test_statement_without_value_shows_nothing(self):
        status, out = self.k.run("int unused = 1;")
        self.assertEqual("ok", status)
        self.assertEqual([], data_of(out))

    def test_chart_renders_as_png_with_text_fallback(self):
        status, out = self.k.run(
            'var c = Charts.logLog("decay", "t", "err");\n'
            'Charts.line(c, "s", new double[]{1, 10, 100}, new double[]{1, 0.1, 0.01});\nc')
        self.assertEqual("ok", status)
        d = data_of(out)[0]
        self.assertTrue(d["image/png"].startswith("iVBORw0KGgo"), "PNG signature")
        self.assertIn("decay", d["text/plain"])

    def test_table_renders_as_html_with_row_limit(self):
        status, out = self.k.run('Table.create("big").addColumns(IntColumn.indexColumn("i", 1000, 0))')
        self.assertEqual("ok", status)
        d = data_of(out)[0]
        self.assertIn("<table>", d["text/html"])
        self.assertIn("rows not shown", d["text/html"])
        self.assertLess(d["text/html"].count("<tr>"), 40)
        self.assertIn("text/plain", d)

    def test_ndarray_renders_as_summary(self):
        status, out = self.k.run(
            "try (NDManager m = NDManager.newBaseManager()) {\n"
            "    display(m.arange(1000f).reshape(10, 100));\n}")
        self.assertEqual("ok", status)
        d = data_of(out)[0]
        self.assertIn("float32 (10, 100) on cpu()", d["text/plain"])
        self.assertIn("...", d["text/plain"], "values are truncated")
        self.assertLess(len(d["text/plain"]), 3000)

    def test_image_renders_as_png(self):
        status, out = self.k.run(
            "var img = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);\nimg")
        self.assertEqual("ok", status)
        d = data_of(out)[0]
        self.assertTrue(d["image/png"].startswith("iVBORw0KGgo"))
        self.assertIn("8x8", d["text/plain"])

    def test_audio_renders_as_embedded_player_without_javascript(self):
        status, out = self.k.run("AudioClip.tone(440, 0.1, 8000)")
        self.assertEqual("ok", status)
        d = data_of(out)[0]
        self.assertIn("<audio controls", d["text/html"])
        self.assertIn("data:audio/wav;base64,UklGR", d["text/html"])  # "RIFF"
        self.assertNotIn("<script", d["text/html"])
        self.assertIn("AudioClip", d["text/plain"])

    def test_compile_error_names_the_cell_line(self):
        status, out = self.k.run('int ok = 1;\n\nString s = 42;')
        self.assertEqual("error", status)
        tb = "\n".join(error_of(out)["traceback"])
        self.assertIn("line 3", tb)
        self.assertIn("String s = 42;", tb)

    def test_runtime_error_shows_cause_chain_without_wrapper_frames(self):
        status, out = self.k.run(
            'int x = 1;\nthrow new IllegalStateException("outer", new java.io.IOException("inner cause"));')
        self.assertEqual("error", status)
        tb = "\n".join(error_of(out)["traceback"])
        self.assertIn("java.lang.IllegalStateException: outer", tb)
        self.assertIn("Caused by: java.io.IOException: inner cause", tb)
        self.assertIn("line 2", tb)
        for noise in ("REPL.$JShell", "jdk.jshell", "jdk.internal.reflect", "IJava", "spencerpark"):
            self.assertNotIn(noise, tb)

    def test_library_exception_keeps_library_frames(self):
        status, out = self.k.run('Scale.parse("huge")')
        self.assertEqual("error", status)
        tb = "\n".join(error_of(out)["traceback"])
        self.assertIn("Unknown scale 'huge'", tb)
        self.assertIn("org.paramlab.repro.Scale.parse", tb)

    def test_interrupt_stops_a_progress_loop_and_kernel_stays_usable(self):
        self._interrupt_and_recover(
            'try (var bar = ProgressBar.start("spin", 1_000_000)) {\n'
            '    for (int i = 0; i < 1_000_000; i++) { Thread.sleep(5); bar.step(); }\n}')

    def test_interrupt_stops_a_loop_that_never_checks(self):
        self._interrupt_and_recover("long n = 0; while (true) { n++; }")
        # The forced stop must hit only the interrupted cell, never a later one still running.
        status, out = self.k.run("Thread.sleep(4000);\n5", timeout=60)
        self.assertEqual("ok", status, out)

    def _interrupt_and_recover(self, code):
        kc = self.k.kc
        msg_id = kc.execute(code)
        time.sleep(2.0)
        self.k.km.interrupt_kernel()
        deadline = time.time() + 30
        reply = None
        while time.time() < deadline:
            try:
                m = kc.get_shell_msg(timeout=1)
            except queue.Empty:
                continue
            if m["parent_header"].get("msg_id") == msg_id:
                reply = m
                break
        self.assertIsNotNone(reply, "no execute_reply after the interrupt")
        self.assertEqual("error", reply["content"]["status"])
        status, out = self.k.run("1 + 1", timeout=30)
        self.assertEqual("ok", status)
        self.assertEqual("2", data_of(out)[0]["text/plain"])

    def test_completion(self):
        kc = self.k.kc
        code = "Scale.pi"
        reply = kc.complete(code, len(code), reply=True, timeout=30)["content"]
        self.assertEqual("ok", reply["status"])
        self.assertTrue(any(m.startswith("pick(") for m in reply["matches"]), reply["matches"])

    def test_progress_bar_updates_one_output_in_place(self):
        status, out = self.k.run(
            'try (var bar = ProgressBar.start("steps", 20)) {\n'
            '    for (int i = 0; i < 20; i++) { Thread.sleep(40); bar.step(); }\n}')
        self.assertEqual("ok", status)
        shown = [c for t, c in out if t == "display_data"]
        updates = [c for t, c in out if t == "update_display_data"]
        self.assertEqual(1, len(shown))
        self.assertGreaterEqual(len(updates), 2)
        display_id = shown[0]["transient"]["display_id"]
        self.assertTrue(all(u["transient"]["display_id"] == display_id for u in updates))
        self.assertIn("20/20", updates[-1]["data"]["text/plain"])
        self.assertIn("<progress", updates[-1]["data"]["text/html"])

    def test_live_chart_redraws_one_output(self):
        status, out = self.k.run(
            'var live = LiveChart.start(Charts.xy("loss", "step", "loss"));\n'
            'for (int i = 1; i <= 30; i++) { live.add("train", i, 1.0 / i); Thread.sleep(40); }\n'
            'live.close();')
        self.assertEqual("ok", status)
        shown = [c for t, c in out if t == "display_data"]
        updates = [c for t, c in out if t == "update_display_data"]
        self.assertEqual(1, len(shown))
        self.assertGreaterEqual(len(updates), 2)
        self.assertIn("image/png", updates[-1]["data"])

    def test_magics(self):
        status, out = self.k.run("%device")
        self.assertEqual("ok", status)
        self.assertIn("engine:  PyTorch", text_of(out))
        status, out = self.k.run("%scale smoke\nScale.current()")
        self.assertEqual("ok", status)
        self.assertIn("scale: smoke", text_of(out))
        self.assertEqual("SMOKE", data_of(out)[0]["text/plain"])
        status, out = self.k.run("%%time\nThread.sleep(50);\n7 * 6")
        self.assertEqual("ok", status)
        self.assertIn("Wall time:", text_of(out))
        self.assertEqual("42", data_of(out)[0]["text/plain"])
        status, out = self.k.run("%nosuchmagic")
        self.assertEqual("error", status)

    def test_ijava_classpath_magic_still_works(self):
        with tempfile.TemporaryDirectory() as d:
            src = Path(d) / "src" / "demo"
            src.mkdir(parents=True)
            (src / "Hello.java").write_text("package demo; public class Hello { public static String hi() { return \"hi from jar\"; } }")
            classes = Path(d) / "classes"
            subprocess.run(["javac", "-d", str(classes), str(src / "Hello.java")], check=True)
            status, out = self.k.run(f'%classpath "{classes}"\ndemo.Hello.hi()')
            self.assertEqual("ok", status, out)
            self.assertEqual('hi from jar', data_of(out)[0]["text/plain"])

    def test_results_file_round_trips_in_the_kernel(self):
        # Guards the class path order: IJava's jar carries an old Gson that cannot read records.
        with tempfile.TemporaryDirectory() as d:
            status, out = self.k.run(
                'Repro.begin("round-trip", 7);\n'
                'Repro.claim("c", "a claim", "1", 1.0, true);\n'
                f'var saved = Repro.saveTo(Path.of("{d}"));\n'
                f'ReproResult.read(Path.of("{d}", "round-trip.json")).equals(saved)')
            self.assertEqual("ok", status, out)
            self.assertEqual("true", data_of(out)[0]["text/plain"])

    def test_first_djl_operation_is_quiet(self):
        status, out = self.k.run(
            "try (NDManager m = NDManager.newBaseManager()) { m.ones(new Shape(3)).sum().getFloat() }".replace(
                "getFloat() }", "getFloat(); }"))
        self.assertEqual("ok", status)
        self.assertEqual("", text_of(out, "stderr"))

    def test_cells_run_with_autograd_off_outside_a_gradient_collector(self):
        """DJL expects PyTorch's per-thread grad mode off except inside a GradientCollector. The
        engine is loaded on the warm-up thread, so the cell thread must be set up the same way,
        or every cell records a graph and optimizer updates run inside it."""
        status, out = self.k.run(
            "try (NDManager m = NDManager.newBaseManager()) { m.ones(new Shape(2)).sum(); }")
        self.assertEqual("ok", status, out)
        status, out = self.k.run("ai.djl.pytorch.jni.JniUtils.isGradMode()")
        self.assertEqual("ok", status, out)
        self.assertEqual("false", data_of(out)[0]["text/plain"])

    def test_many_cells_creating_ndarrays_do_not_grow_memory(self):
        """500 cells that create and drop NDArrays grow resident memory no more than 500 cells of
        the same shape doing plain Java work, plus 32 MiB. (JShell keeps every executed cell's
        class, about 0.1 MiB a cell, whatever the cell does: that is the control's growth.)"""
        pid = self.k.km.provisioner.process.pid
        ndarrays = ("try (NDManager m = NDManager.newBaseManager()) {\n"
                    "    m.randomNormal(new Shape(256, 256)).matMul(m.ones(new Shape(256, 8))).sum().getFloat();\n}")
        control = ("try (java.io.StringWriter m = new java.io.StringWriter()) {\n"
                   "    new java.util.Random().doubles(256 * 256).map(Math::abs).sum();\n}")

        def settled_rss(cell):
            # Garbage on the heap is not a leak and allocators hold freed memory a while: the
            # lowest of three readings, each after a GC, 20 cells apart.
            readings = []
            for _ in range(3):
                for _ in range(20):
                    self.k.run(cell)
                self.k.run("System.gc();")
                readings.append(rss_kib(pid))
            return min(readings)

        def growth_mib(cell):
            before = settled_rss(cell)
            for _ in range(500):
                status, out = self.k.run(cell)
                self.assertEqual("ok", status, out)
            return (settled_rss(cell) - before) / 1024

        for _ in range(50):  # warm up: JIT, JShell caches, allocator pools
            self.k.run(control)
            self.k.run(ndarrays)
        control_mib = growth_mib(control)
        ndarray_mib = growth_mib(ndarrays)
        print(f"\n    RSS growth over 500 cells: NDArray cells {ndarray_mib:.1f} MiB, "
              f"plain-Java control {control_mib:.1f} MiB", file=sys.stderr)
        self.assertLess(ndarray_mib - control_mib, 32,
                        "NDArray cells grew resident memory more than 32 MiB beyond the control")

    def test_wrong_signature_is_rejected_and_kernel_keeps_serving(self):
        info = self.k.km.get_connection_info()
        marker = Path(tempfile.gettempdir()) / f"paramlab-hmac-{uuid.uuid4().hex}"
        bad = Session(key=b"not-the-right-key", signature_scheme=info["signature_scheme"])
        ctx = zmq.Context.instance()
        sock = ctx.socket(zmq.DEALER)
        sock.linger = 0
        sock.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
        try:
            msg = bad.msg("execute_request", {
                "code": f'new java.io.File("{marker}").createNewFile()', "silent": False,
                "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
            bad.send(sock, msg)
            self.assertEqual(0, sock.poll(3000), "the kernel answered a message with a wrong signature")
        finally:
            sock.close()
        self.assertFalse(marker.exists(), "code from a badly signed message ran")
        status, out = self.k.run("40 + 2", timeout=30)
        self.assertEqual("ok", status)
        self.assertEqual("42", data_of(out)[0]["text/plain"])


class KernelStartupTest(unittest.TestCase):
    def test_refuses_non_loopback_address(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump({"ip": "0.0.0.0", "transport": "tcp", "shell_port": 50101, "iopub_port": 50102,
                       "stdin_port": 50103, "control_port": 50104, "hb_port": 50105,
                       "key": "k", "signature_scheme": "hmac-sha256"}, f)
        try:
            proc = subprocess.run([str(ROOT / "paramlab"), "kernel", "run", f.name],
                                  capture_output=True, text=True, timeout=120)
        finally:
            os.unlink(f.name)
        self.assertNotEqual(0, proc.returncode)
        self.assertIn("loopback", proc.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
