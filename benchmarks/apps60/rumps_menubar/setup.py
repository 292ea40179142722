from setuptools import find_packages, setup

APP = ["menubar/__main__.py"]
OPTIONS = {
    "argv_emulation": False,
    "plist": {
        "LSUIElement": True,
        "CFBundleName": "AI Menubar",
        "CFBundleIdentifier": "com.example.ai-menubar",
    },
    "packages": ["rumps", "openai", "anthropic", "ollama", "cohere"],
}

setup(
    name="ai-menubar",
    version="0.7.2",
    packages=find_packages(exclude=["tests", "scripts"]),
    app=APP,
    options={"py2app": OPTIONS},
    install_requires=[
        "rumps>=0.4.0",
        "openai>=1.40",
        "anthropic>=0.34",
        "ollama>=0.3",
        "cohere>=5.5",
        "pyperclip>=1.8",
        "requests>=2.31",
        "httpx>=0.27",
    ],
    setup_requires=["py2app"],
)
