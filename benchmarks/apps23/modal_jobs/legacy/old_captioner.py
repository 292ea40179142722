#!/usr/bin/env python
"""Old photo-caption and social-copy generator (ran on the cron box until 2024-09).

Still used by the pictures desk for one-off batches:
    python -m legacy.old_captioner captions.csv
"""
import csv
import os
import sys
import time

import anthropic
import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

CAPTION_MODEL = "gpt-4o"
SOCIAL_MODEL = "claude-3-5-sonnet-20241022"


def caption(image_url, notes):
    response = openai.chat.completions.create(
        model=CAPTION_MODEL,
        messages=[
            {"role": "system", "content": "You write photo captions in agency style: who, what, where, when."},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Photographer notes: " + notes},
                    {"type": "image_url", "image_url": {"url": image_url}},
                ],
            },
        ],
        max_tokens=120,
    )
    return response.choices[0].message.content.strip()


def social_copy(client, headline, caption_text):
    msg = client.messages.create(
        model=SOCIAL_MODEL,
        max_tokens=300,
        messages=[
            {
                "role": "user",
                "content": "Write a tweet (max 240 chars) and an Instagram caption for this photo story.\n"
                "Headline: %s\nCaption: %s" % (headline, caption_text),
            }
        ],
    )
    return msg.content[0].text


def main(path):
    client = anthropic.Anthropic()
    out_path = path.replace(".csv", ".out.csv")
    with open(path) as fh, open(out_path, "w", newline="") as out:
        reader = csv.DictReader(fh)
        writer = csv.DictWriter(out, fieldnames=reader.fieldnames + ["caption", "social"])
        writer.writeheader()
        for row in reader:
            try:
                cap = caption(row["image_url"], row.get("notes", ""))
                row["caption"] = cap
                row["social"] = social_copy(client, row["headline"], cap)
            except Exception as e:
                print("failed", row.get("id"), e, file=sys.stderr)
                time.sleep(5)
            writer.writerow(row)
    print("wrote", out_path)


if __name__ == "__main__":
    main(sys.argv[1])
