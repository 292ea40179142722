import time

from enrich.lib.parsing import bedrock_text, parse_json_object, parse_label
from enrich.lib.prompts import REGISTRY
from enrich.lib.ratelimit import LimiterRegistry, TokenBucket
from enrich.lib.retry import call_with_retries


def test_bucket_burst():
    b = TokenBucket(rate_per_minute=60, burst=3)
    assert all(b.try_acquire() for _ in range(3))
    assert not b.try_acquire()


def test_registry_splits_by_workers():
    r = LimiterRegistry({"openai": 600}, n_workers=4)
    assert abs(r["openai"].rate - 150 / 60) < 1e-9


def test_retry_gives_up_on_non_retryable():
    calls = []

    def boom():
        calls.append(time.time())
        raise ValueError("nope")

    try:
        call_with_retries(boom, attempts=3, base_delay=0)
    except ValueError:
        pass
    assert len(calls) == 1


def test_parse_label():
    assert parse_label(" Home Garden ") == "home_garden"
    assert parse_label(None) == "other"


def test_parse_json_object_in_prose():
    assert parse_json_object('Sure! {"brand": "Acme", "size": null}') == {"brand": "Acme", "size": None}


def test_bedrock_text():
    assert bedrock_text({"output": {"message": {"content": [{"text": "a"}, {"text": "b"}]}}}) == "ab"


def test_prompt_template_generate():
    out = REGISTRY["translate"].generate(lang="German", text="Red shoes")
    assert "German" in out and "Red shoes" in out
