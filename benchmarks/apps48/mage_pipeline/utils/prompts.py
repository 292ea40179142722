"""Prompt templates and small text helpers shared by the LLM blocks."""
import json
import re
from typing import Dict, List, Sequence

CATEGORY_LABELS = [
    'billing',
    'login_access',
    'bug_report',
    'feature_request',
    'integration',
    'data_export',
    'account_cancellation',
    'other',
]

SYSTEM_CLASSIFIER = (
    'You are a support triage assistant. Classify the ticket into exactly one '
    'category from this list: {labels}. Respond with JSON: '
    '{{"category": str, "confidence": float, "reason": str}}.'
)

SUMMARY_TEMPLATE = """Summarize the following support conversation for an agent who
has not seen it. Use at most {max_sentences} sentences. Mention the product area,
what the customer tried, and what they are waiting on.

<conversation>
{thread}
</conversation>"""

SENTIMENT_TEMPLATE = """Rate the customer's sentiment in this message on a scale
from -1.0 (furious) to 1.0 (delighted). Reply with only the number.

Message:
{text}"""

ENTITY_TEMPLATE = """Extract entities from the ticket below as JSON with keys
"order_ids", "product_names", "error_codes", "emails". Use empty lists when absent.

Ticket:
{text}"""

REPLY_TEMPLATE = """Draft a short, polite first reply to this ticket.
Category: {category}
Summary: {summary}
Relevant help-center articles:
{articles}

Do not promise refunds. Sign as "The Support Team"."""

_WS = re.compile(r'\s+')
_QUOTED = re.compile(r'^>.*$', re.MULTILINE)


def normalize_whitespace(text: str) -> str:
    return _WS.sub(' ', text or '').strip()


def strip_quoted_replies(text: str) -> str:
    return _QUOTED.sub('', text or '')


def truncate_thread(messages: Sequence[str], max_chars: int = 12000) -> str:
    """Keep the newest messages that fit in max_chars."""
    kept: List[str] = []
    total = 0
    for msg in reversed(list(messages)):
        msg = normalize_whitespace(strip_quoted_replies(msg))
        if total + len(msg) > max_chars:
            break
        kept.append(msg)
        total += len(msg)
    return '\n---\n'.join(reversed(kept))


def build_classification_messages(subject: str, body: str) -> List[Dict[str, str]]:
    return [
        {'role': 'system', 'content': SYSTEM_CLASSIFIER.format(labels=', '.join(CATEGORY_LABELS))},
        {'role': 'user', 'content': f'Subject: {subject}\n\n{body[:6000]}'},
    ]


def build_summary_prompt(thread: str, max_sentences: int = 4) -> str:
    return SUMMARY_TEMPLATE.format(thread=thread, max_sentences=max_sentences)


def build_sentiment_prompt(text: str) -> str:
    return SENTIMENT_TEMPLATE.format(text=text[:4000])


def build_entity_prompt(text: str) -> str:
    return ENTITY_TEMPLATE.format(text=text[:6000])


def build_reply_prompt(category: str, summary: str, articles: Sequence[dict]) -> str:
    lines = [f"- {a.get('title')}: {a.get('url')}" for a in articles] or ['- (none)']
    return REPLY_TEMPLATE.format(category=category, summary=summary, articles='\n'.join(lines))


def parse_json_reply(raw: str, default: dict) -> dict:
    """Models sometimes wrap JSON in code fences; be lenient."""
    if not raw:
        return dict(default)
    cleaned = raw.strip().strip('`')
    if cleaned.lower().startswith('json'):
        cleaned = cleaned[4:]
    try:
        return json.loads(cleaned)
    except json.JSONDecodeError:
        match = re.search(r'\{.*\}', cleaned, re.DOTALL)
        if match:
            try:
                return json.loads(match.group(0))
            except json.JSONDecodeError:
                pass
    return dict(default)


def coerce_category(value: str) -> str:
    value = (value or '').strip().lower().replace(' ', '_')
    return value if value in CATEGORY_LABELS else 'other'


PRODUCT_AREAS = ['billing', 'reporting', 'api', 'mobile', 'integrations', 'admin', 'other']

_PRODUCT_KEYWORDS = {
    'billing': ('invoice', 'charge', 'refund', 'card', 'subscription', 'plan'),
    'reporting': ('report', 'dashboard', 'chart', 'export', 'csv'),
    'api': ('api', 'webhook', 'token', 'endpoint', 'rate limit', '429'),
    'mobile': ('iphone', 'android', 'ios', 'app store', 'mobile'),
    'integrations': ('salesforce', 'hubspot', 'slack', 'zapier', 'jira'),
    'admin': ('sso', 'saml', 'permission', 'role', 'seat', 'admin'),
}


def guess_product_area(text: str) -> str:
    """Keyword heuristic; only falls back to the LLM when nothing matches."""
    lowered = (text or '').lower()
    scores = {area: sum(kw in lowered for kw in kws) for area, kws in _PRODUCT_KEYWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] > 0 else 'other'


def redact_pii(text: str) -> str:
    text = re.sub(r'\b(?:\d[ -]*?){13,16}\b', '[card]', text or '')
    text = re.sub(r'\+?\d[\d\s().-]{8,}\d', '[phone]', text)
    return re.sub(r'[\w.+-]+@[\w-]+\.[\w.-]+', '[email]', text)


def chunk_text(text: str, size: int = 2000, overlap: int = 200) -> List[str]:
    if size <= overlap:
        raise ValueError('size must be larger than overlap')
    chunks, start = [], 0
    while start < len(text):
        chunks.append(text[start:start + size])
        start += size - overlap
    return chunks or ['']
