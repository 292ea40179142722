from unittest import mock

from dashboard.llm.backends import OpenAIBackend
from dashboard.services.sql_writer import SQLWriter, repair_sql, strip_fences
from tests.fakes import FakeOpenAI


def test_strip_fences():
    assert strip_fences("```sql\nSELECT 1\n```") == "SELECT 1;"


def test_generate_uses_backend(fake_backend):
    writer = SQLWriter("fake")
    result = writer.generate("how many rows?", {"t": [("a", "INT")]})
    assert result.sql == "SELECT 1;"
    assert "how many rows?" in fake_backend.seen[0][0]["content"]


def test_openai_backend_with_fake_client():
    fake = FakeOpenAI(replies=["SELECT 2"])
    backend = OpenAIBackend(client=fake)
    reply = backend.complete("sys", [{"role": "user", "content": "q"}])
    assert reply.text == "SELECT 2"
    direct = fake.chat.completions.create(model="x", messages=[])
    assert direct.choices[0].message.content == "ok"


def test_repair_sql_with_mock_genai():
    client = mock.MagicMock()
    client.models.generate_content.return_value.text = "SELECT 3"
    assert repair_sql(client, "SELEC 3", "syntax error") == "SELECT 3;"
    client.models.generate_content.assert_called_once()
