"""Flask app serving the `/gpt` and `/claude` slash commands (pre-mmpy_bot)."""
import asyncio
import os

from flask import Flask, jsonify, request

from legacy.gpt_helper import ask_gpt, rewrite_friendly
from legacy.http_llm import claude_complete, gemini_complete

app = Flask(__name__)
SLASH_TOKEN = os.environ.get("MM_SLASH_TOKEN", "")


def _check_token():
    return request.form.get("token") == SLASH_TOKEN


@app.post("/slash/gpt")
def slash_gpt():
    if not _check_token():
        return jsonify({"text": "bad token"}), 403
    text = request.form.get("text", "")
    if text.startswith("rewrite "):
        answer = rewrite_friendly(text[len("rewrite "):])
    else:
        answer = ask_gpt(text)
    return jsonify({"response_type": "in_channel", "text": answer})


@app.post("/slash/claude")
def slash_claude():
    if not _check_token():
        return jsonify({"text": "bad token"}), 403
    return jsonify({"response_type": "ephemeral", "text": claude_complete(request.form.get("text", ""))})


@app.post("/slash/gemini")
def slash_gemini():
    if not _check_token():
        return jsonify({"text": "bad token"}), 403
    answer = asyncio.run(gemini_complete(request.form.get("text", "")))
    return jsonify({"response_type": "ephemeral", "text": answer})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "5055")))
