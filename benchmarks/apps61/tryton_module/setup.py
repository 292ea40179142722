#!/usr/bin/env python3
# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
import io
import os
import re
from configparser import ConfigParser

from setuptools import find_packages, setup

MODULE = 'ai_assist'
PREFIX = 'trytonzz'


def read(fname):
    return io.open(
        os.path.join(os.path.dirname(__file__), fname),
        'r', encoding='utf-8').read()


def get_require_version(name):
    require = '%s >= %s.%s, < %s.%s'
    require %= (name, major_version, minor_version,
        major_version, minor_version + 1)
    return require


config = ConfigParser()
config.read_file(open(os.path.join(MODULE, 'tryton.cfg')))
info = dict(config.items('tryton'))
for key in ('depends', 'extras_depend', 'xml'):
    if key in info:
        info[key] = info[key].strip().splitlines()
version = info.get('version', '0.0.1')
major_version, minor_version, _ = version.split('.', 2)
major_version = int(major_version)
minor_version = int(minor_version)

requires = [
    'openai >= 1.40',
    'anthropic >= 0.34',
    'google-genai >= 1.0',
    'cohere >= 5.9',
    'ibm-watsonx-ai >= 1.1',
    'requests',
    ]
for dep in info.get('depends', []):
    if not re.match(r'(ir|res)(\W|$)', dep):
        requires.append(get_require_version('trytond_%s' % dep))
requires.append(get_require_version('trytond'))

setup(name='%s_%s' % (PREFIX, MODULE),
    version=version,
    description='AI assistant for sales, parties and products',
    long_description=read('README.rst'),
    author='Internal ERP team',
    packages=find_packages(),
    package_data={
        'trytond.modules.%s' % MODULE: (info.get('xml', [])
            + ['tryton.cfg', 'view/*.xml', 'locale/*.po', 'tests/*.rst']),
        },
    package_dir={'trytond.modules.%s' % MODULE: MODULE},
    install_requires=requires,
    zip_safe=False,
    entry_points="""
    [trytond.modules]
    %s = trytond.modules.%s
    """ % (MODULE, MODULE),
    )
