import unittest

from nautobot_ai.llm.prompts import chunk_config
from nautobot_ai.config_parsing import ConfigDiff, redact


class RedactTest(unittest.TestCase):
    def test_redacts_secrets(self):
        text = "hostname r1\nusername admin secret 5 $1$abc\n snmp-server community public RO"
        out = redact(text)
        self.assertNotIn("$1$abc", out)
        self.assertNotIn("public", out)


class DiffTest(unittest.TestCase):
    def test_generate_diff(self):
        diff = ConfigDiff("a\nb\n", "a\nc\n").generate()
        self.assertIn("-b", diff)
        self.assertIn("+c", diff)


class ChunkTest(unittest.TestCase):
    def test_chunks_on_stanza_boundaries(self):
        cfg = "interface A\n desc x\ninterface B\n desc y\n"
        chunks = chunk_config(cfg, 20)
        self.assertTrue(all(c.startswith("interface") for c in chunks))
