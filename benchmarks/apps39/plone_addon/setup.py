# -*- coding: utf-8 -*-
"""Installer for the acme.aiassist package."""

from setuptools import find_packages
from setuptools import setup


long_description = "\n\n".join(
    [
        open("README.rst").read(),
        open("CHANGES.rst").read(),
    ]
)


setup(
    name="acme.aiassist",
    version="1.4.0.dev0",
    description="AI assistance (summaries, translation, alt text, tagging) for Plone 6",
    long_description=long_description,
    classifiers=[
        "Environment :: Web Environment",
        "Framework :: Plone",
        "Framework :: Plone :: Addon",
        "Framework :: Plone :: 6.0",
        "Programming Language :: Python",
        "Programming Language :: Python :: 3.11",
        "Operating System :: OS Independent",
        "License :: OSI Approved :: GNU General Public License v2 (GPLv2)",
    ],
    keywords="Python Plone CMS AI LLM",
    author="ACME Web Team",
    author_email="web@acme.example",
    url="https://github.com/acme/acme.aiassist",
    license="GPL version 2",
    packages=find_packages("src", exclude=["ez_setup"]),
    namespace_packages=["acme"],
    package_dir={"": "src"},
    include_package_data=True,
    zip_safe=False,
    python_requires=">=3.10",
    install_requires=[
        "setuptools",
        "Products.CMFPlone>=6.0",
        "plone.api>=2.0",
        "plone.restapi",
        "plone.app.dexterity",
        "plone.app.registry",
        "z3c.form",
        "openai>=1.40",
        "anthropic>=0.34",
        "google-genai>=1.0",
        "mistralai>=1.2",
        "requests",
        "httpx",
    ],
    extras_require={
        "test": [
            "plone.app.testing",
            "plone.testing>=5.0.0",
            "plone.app.contenttypes",
            "plone.app.robotframework[debug]",
        ],
    },
    entry_points="""
    [z3c.autoinclude.plugin]
    target = plone
    """,
)
