import os

from setuptools import find_packages, setup

here = os.path.abspath(os.path.dirname(__file__))
with open(os.path.join(here, "README.md")) as f:
    README = f.read()

requires = [
    "plaster_pastedeploy",
    "pyramid>=2.0",
    "pyramid_jinja2",
    "pyramid_retry",
    "pyramid_services>=2.2",
    "pyramid_tm",
    "SQLAlchemy>=2.0",
    "transaction",
    "zope.sqlalchemy",
    "waitress",
    "openai>=1.40",
    "anthropic>=0.34",
    "ibm-watsonx-ai>=1.1",
    "together>=1.3",
    "fireworks-ai>=0.15",
    "ollama>=0.4",
    "requests",
    "httpx",
    "tiktoken",
]

tests_require = [
    "WebTest",
    "pytest>=7",
    "pytest-cov",
]

setup(
    name="lexreview",
    version="0.14.2",
    description="LexReview - document review platform for Halloran & Pike LLP",
    long_description=README,
    classifiers=[
        "Programming Language :: Python",
        "Framework :: Pyramid",
        "Topic :: Internet :: WWW/HTTP :: WSGI :: Application",
    ],
    author="Halloran & Pike Litigation Support",
    packages=find_packages(exclude=["tests"]),
    include_package_data=True,
    zip_safe=False,
    extras_require={"testing": tests_require},
    install_requires=requires,
    entry_points={
        "paste.app_factory": [
            "main = lexreview:main",
        ],
        "console_scripts": [
            "lexreview_initdb = lexreview.scripts.initializedb:main",
            "lexreview_batch_review = lexreview.scripts.batch_review:main",
            "lexreview_reindex = lexreview.scripts.reindex_embeddings:main",
        ],
    },
)
