#!/usr/bin/env python3
"""Generate missing product descriptions with Gemini through proteus.

    ./backfill_descriptions.py -d prod -c trytond.conf --limit 500
"""
import argparse
import os
import time

from google import genai
from google.genai import types
from proteus import Model, config as pconfig

SYSTEM = "Write factual, 80-word product descriptions for a B2B catalogue."


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('-d', '--database', required=True)
    parser.add_argument('-c', '--config', default='trytond.conf')
    parser.add_argument('--limit', type=int, default=100)
    parser.add_argument('--dry-run', action='store_true')
    args = parser.parse_args()

    pconfig.set_trytond(args.database, config_file=args.config)
    Template = Model.get('product.template')
    client = genai.Client(api_key=os.environ['GOOGLE_API_KEY'])

    templates = Template.find(
        [('ai_description', '=', None), ('salable', '=', True)],
        limit=args.limit)
    print("%d templates without description" % len(templates))
    for template in templates:
        response = client.models.generate_content(
            model='gemini-2.0-flash',
            contents="Product: %s (%s)" % (template.name, template.code),
            config=types.GenerateContentConfig(
                system_instruction=SYSTEM, max_output_tokens=300))
        if args.dry_run:
            print(template.name, '->', response.text[:60])
            continue
        template.ai_description = response.text
        template.save()
        time.sleep(0.2)


if __name__ == '__main__':
    main()
