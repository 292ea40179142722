# -*- coding: utf-8 -*-
# Pywikibot user configuration for the WikiAI maintenance bots.
# This file is executed by pywikibot.config; `usernames`, `family_files`
# and friends are injected into the namespace before it runs.
import os

family = 'wikiexample'
mylang = 'en'

usernames['wikiexample']['en'] = 'WikiAIBot'
usernames['wikiexample']['de'] = 'WikiAIBot'
usernames['wikiexample']['fr'] = 'WikiAIBot'

password_file = os.path.expanduser('~/.pywikibot/user-password.py')

# Our own family lives next to this file.
user_families_paths = [os.path.join(os.path.dirname(__file__), 'families')]
user_script_paths = ['scripts.userscripts']

# Be gentle with the wiki: the LLM providers are the slow part anyway.
put_throttle = 5
maxlag = 5
max_retries = 3

# Keep edit summaries short and tagged so patrollers can filter them.
default_edit_summary = 'WikiAIBot: automated maintenance'

console_encoding = 'utf-8'
log = ['summary_bot', 'category_bot', 'copyedit_bot', 'translate_bot']
