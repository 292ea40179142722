"""Weekly 'best of' highlights, run from the Recap scheduler.

Uses its own OpenAI key so the cost lands on the community budget.
"""

try:
    from LLM.local.clients import get_openai, get_mistral
except ImportError:  # loaded as supybot.plugins.LLM on some installs
    from supybot.plugins.LLM.local.clients import get_openai, get_mistral

HIGHLIGHT_PROMPT = (
    "From this week's IRC scrollback pick the three most useful or funniest "
    "exchanges. One line each, quote nicks."
)


def weekly_highlights(transcript, api_key):
    client = get_openai(api_key)
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "system", "content": HIGHLIGHT_PROMPT},
                  {"role": "user", "content": transcript}],
        max_tokens=300,
    )
    return completion.choices[0].message.content


def topic_suggestion(mistral_client, transcript):
    res = mistral_client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user",
                   "content": "Suggest a short channel topic for:\n"
                              + transcript[-4000:]}],
        max_tokens=40,
    )
    return res.choices[0].message.content.strip().strip('"')


def mistral_for(api_key):
    return get_mistral(api_key)
