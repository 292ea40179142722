"""Functions executed by calibre's ThreadedJob in a worker thread.

Signature convention (calibre passes these keyword args):
    func(*args, notifications=Queue, abort=Event, log=GUILog, **kwargs)
Return values are picked up by the callback in ui.py from job.result.
"""

import functools
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from calibre_plugins.ai_book_assistant.config import prefs, model_for
from calibre_plugins.ai_book_assistant.llm.registry import get_backend
from calibre_plugins.ai_book_assistant.llm.prompts import summary_messages, split_system
from calibre_plugins.ai_book_assistant.features import summaries, tags, series, translate
from calibre_plugins.ai_book_assistant.features.moderation import is_flagged


def _progress(notifications, done, total, msg):
    notifications.put((float(done) / max(total, 1), msg))


def summarize_books(books, deep=False, notifications=None, abort=None, log=None, **kw):
    """books: list of (book_id, mi, excerpt)."""
    results, errors = {}, {}
    total = len(books)
    for i, (book_id, mi, excerpt) in enumerate(books):
        if abort is not None and abort.is_set():
            log('Aborted by user after %d books' % i)
            break
        try:
            if deep and excerpt:
                text = summaries.deep_summary(mi, excerpt)
            else:
                text = summaries.short_summary(mi)
            if prefs['moderate_descriptions'] and is_flagged(text):
                log.warn('Summary for %s was flagged, skipping' % mi.title)
                continue
            results[book_id] = text
        except Exception as e:
            log.exception('Failed to summarise %s' % mi.title)
            errors[book_id] = str(e)
        _progress(notifications, i + 1, total, mi.title)
    return {'summaries': results, 'errors': errors}


def summarize_books_parallel(books, client, notifications=None, abort=None, log=None, **kw):
    """Faster path for big selections, OpenAI only. ``client`` is the
    cached client the action created in genesis()."""
    results, errors = {}, {}
    words = prefs['summary_words']
    with ThreadPoolExecutor(max_workers=int(prefs['max_concurrent_jobs']) * 2) as pool:
        futures = {}
        for book_id, mi, _excerpt in books:
            fut = pool.submit(
                client.chat.completions.create,
                model=model_for('openai'),
                messages=summary_messages(mi, words),
                max_tokens=words * 3,
            )
            futures[fut] = (book_id, mi)
        for n, fut in enumerate(as_completed(futures)):
            book_id, mi = futures[fut]
            if abort is not None and abort.is_set():
                pool.shutdown(cancel_futures=True)
                break
            try:
                results[book_id] = fut.result().choices[0].message.content.strip()
            except Exception as e:
                errors[book_id] = str(e)
            _progress(notifications, n + 1, len(books), mi.title)
    return {'summaries': results, 'errors': errors}


def suggest_tags(db, book_ids_and_mi, strict=False, notifications=None, abort=None, log=None, **kw):
    suggester = tags.TagSuggester(db)
    out = {}
    for i, (book_id, mi) in enumerate(book_ids_and_mi):
        if abort is not None and abort.is_set():
            break
        try:
            out[book_id] = suggester.suggest_strict(mi) if strict else suggester.suggest(mi)
        except Exception:
            log.exception('Tag suggestion failed for %s' % mi.title)
        _progress(notifications, i + 1, len(book_ids_and_mi), mi.title)
    return out


def detect_series(book_ids_and_mi, notifications=None, abort=None, log=None, **kw):
    if len(book_ids_and_mi) > 5:
        raw = series.detect_series_bulk(book_ids_and_mi)
        return {bid: (d or {}).get('series') and (d['series'], d.get('index'))
                for bid, d in raw.items()}
    out = {}
    for i, (book_id, mi) in enumerate(book_ids_and_mi):
        name, idx = series.detect_series(mi)
        if name:
            out[book_id] = (name, idx)
        _progress(notifications, i + 1, len(book_ids_and_mi), mi.title)
    return out


def translate_descriptions(items, target_language, notifications=None, abort=None, log=None, **kw):
    tr = translate.Translator(target_language)
    out = {}
    for i, (book_id, title, html) in enumerate(items):
        if abort is not None and abort.is_set():
            break
        try:
            out[book_id] = tr.translate(html)
        except Exception as e:
            log.error('Translation failed for %s: %s' % (title, e))
        _progress(notifications, i + 1, len(items), title)
    return out


def retitle_suggestions(books, anthropic_client, notifications=None, abort=None, log=None, **kw):
    """Fix badly scanned titles ("the_hobbit_v2 (retail)") with Claude."""
    ask = functools.partial(
        anthropic_client.messages.create,
        model=model_for('anthropic'),
        max_tokens=60,
        system='Return only the cleaned-up book title, nothing else.',
    )
    out = {}
    for i, (book_id, mi) in enumerate(books):
        msg = ask(messages=[{'role': 'user', 'content': 'Raw title: %s\nAuthor: %s' % (
            mi.title, ', '.join(mi.authors or []))}])
        out[book_id] = msg.content[0].text.strip()
        _progress(notifications, i + 1, len(books), mi.title)
        time.sleep(0.2)  # stay well under the rate limit on the free tier
    return out


def generic_backend_job(provider, prompts, notifications=None, abort=None, log=None, **kw):
    """Used by the 'Custom prompt' dialog: same prompt over many books."""
    backend = get_backend(provider)
    out = {}
    for i, (book_id, messages) in enumerate(prompts):
        if abort is not None and abort.is_set():
            break
        res = backend.complete(messages)
        out[book_id] = res.text
        log('%s: %d in / %d out tokens' % (book_id, res.input_tokens, res.output_tokens))
        _progress(notifications, i + 1, len(prompts), str(book_id))
    return out
