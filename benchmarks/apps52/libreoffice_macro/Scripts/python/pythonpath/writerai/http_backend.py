"""Plain urllib client for OpenAI-compatible HTTP endpoints.

LibreOffice's bundled Python (Windows/macOS) ships without requests, and we do not want
to vendor it, so this is stdlib only.
"""
import json
import logging
import ssl
import urllib.error
import urllib.request

log = logging.getLogger("writerai.http")

DEFAULT_TIMEOUT = 90


class HttpLLMError(RuntimeError):
    pass


def _ssl_context():
    ctx = ssl.create_default_context()
    try:
        import certifi  # present on some distros' LO builds only
        ctx.load_verify_locations(certifi.where())
    except ImportError:
        pass
    return ctx


def post_chat_completion(endpoint, api_key, **payload):
    body = json.dumps(payload).encode("utf-8")
    req = urllib.request.Request(
        endpoint,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "Authorization": f"Bearer {api_key}",
            "Accept": "application/json",
        },
    )
    try:
        with urllib.request.urlopen(req, timeout=DEFAULT_TIMEOUT, context=_ssl_context()) as resp:
            return json.loads(resp.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace")[:300]
        raise HttpLLMError(f"{exc.code} from {endpoint}: {detail}") from exc


def get_json(url, api_key=None):
    headers = {"Accept": "application/json"}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    req = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(req, timeout=15, context=_ssl_context()) as resp:
        return json.loads(resp.read().decode("utf-8"))


def check_update(current_version):
    """Check the project's release feed (no LLM involved)."""
    data = get_json("https://example.org/writerai/releases/latest.json")
    return data.get("version") != current_version, data.get("download_url")
