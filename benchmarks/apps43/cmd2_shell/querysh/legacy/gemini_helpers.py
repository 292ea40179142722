"""Gemini helpers from the 0.4 prototype; kept for `scripts/suggest_charts.py`."""
from google import genai

client = genai.Client()

CHART_PROMPT = """Given these columns and sample rows, suggest up to three charts.
For each: chart type, x, y, and one sentence on why. Columns: {cols}
Rows:
{rows}"""


def suggest_charts(columns, rows, model="gemini-1.5-flash"):
    text_rows = "\n".join(",".join(map(str, r)) for r in rows[:15])
    response = client.models.generate_content(model=model, contents=CHART_PROMPT.format(cols=columns, rows=text_rows))
    return response.text


def count_prompt_tokens(columns, rows, model="gemini-1.5-flash"):
    return client.models.count_tokens(model=model, contents=CHART_PROMPT.format(cols=columns, rows=rows)).total_tokens
