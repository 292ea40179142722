from setuptools import find_packages, setup

from opsbot.core.version import get_version

VERSION = get_version()

with open("README.md", "r") as f:
    LONG_DESCRIPTION = f.read()

setup(
    name="opsbot",
    version=VERSION,
    description="Ops assistant CLI: log summaries, incident explainers, changelog drafts",
    long_description=LONG_DESCRIPTION,
    long_description_content_type="text/markdown",
    author="Platform Ops",
    author_email="platform-ops@example.com",
    url="https://git.example.com/platform/opsbot",
    license="Proprietary",
    packages=find_packages(exclude=["ez_setup", "tests*"]),
    package_data={"opsbot": ["templates/*"]},
    include_package_data=True,
    install_requires=[
        "cement[yaml,colorlog,jinja2]>=3.0.10",
        "openai>=1.66",
        "anthropic>=0.40",
        "boto3>=1.34",
        "cohere>=5.5",
        "litellm>=1.50",
        "httpx",
        "requests",
        "slack_sdk",
        "tiktoken",
    ],
    entry_points="""
        [console_scripts]
        opsbot = opsbot.main:main
    """,
)
