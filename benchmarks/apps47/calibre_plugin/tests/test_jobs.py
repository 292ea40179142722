import queue
import threading
import unittest
from unittest import mock

from calibre_plugins.ai_book_assistant import jobs
from calibre_plugins.ai_book_assistant.tests.fakes import FakeOpenAI, FakeAnthropic, FakeMetadata


class _Log(object):
    def __call__(self, *a):
        pass
    warn = error = exception = __call__


class JobTests(unittest.TestCase):

    def setUp(self):
        self.n = queue.Queue()
        self.abort = threading.Event()

    @mock.patch.object(jobs, 'prefs', {'summary_words': 40, 'max_concurrent_jobs': 1})
    def test_parallel_summaries(self):
        books = [(1, FakeMetadata('One'), None), (2, FakeMetadata('Two'), None)]
        res = jobs.summarize_books_parallel(books, FakeOpenAI('short'),
                                            notifications=self.n, abort=self.abort, log=_Log())
        self.assertEqual(res['summaries'], {1: 'short', 2: 'short'})

    def test_retitle(self):
        client = FakeAnthropic('The Hobbit')
        with mock.patch.object(jobs, 'time'):
            out = jobs.retitle_suggestions([(1, FakeMetadata('the_hobbit_v2'))], client,
                                           notifications=self.n, abort=self.abort, log=_Log())
        self.assertEqual(out, {1: 'The Hobbit'})
        self.assertEqual(client.messages.calls[0]['max_tokens'], 60)


if __name__ == '__main__':
    unittest.main()
