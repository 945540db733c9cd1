#!/usr/bin/env python3
"""Puts non-breaking spaces where French typography wants them (before ; : ? ! and inside
« ») in the `fr:` values of content YAML files given as arguments. Idempotent."""
import re, sys

NBSP = '\u00a0'

def fix(text: str) -> str:
    text = re.sub(r' ([;:?!])(?=\s|$)', NBSP + r'\1', text)
    text = re.sub(r'« ', '«' + NBSP, text)
    text = re.sub(r' »', NBSP + '»', text)
    return text

for path in sys.argv[1:]:
    lines = open(path, encoding='utf-8').read().split('\n')
    out, in_fr, fr_indent = [], False, 0
    for line in lines:
        stripped = line.lstrip(' ')
        indent = len(line) - len(stripped)
        if re.match(r'(- )?fr:', stripped):
            in_fr, fr_indent = True, indent
            key, _, rest = line.partition('fr:')
            # "fr: value" on one line: fix the value only (keys contain no colon to fix).
            line = key + 'fr:' + fix(rest) if rest.strip() and not rest.strip().startswith(('|', '>')) else line
        elif in_fr and stripped and indent <= fr_indent:
            in_fr = False
        elif in_fr:
            # Keep YAML list dashes and "key: value" mappings intact; fix the text only.
            m = re.match(r'^(\s*(?:- )?(?:[a-z]+: )?)(.*)$', line)
            prefix, body = m.group(1), m.group(2)
            line = prefix + fix(body)
        out.append(line)
    open(path, 'w', encoding='utf-8').write('\n'.join(out))
