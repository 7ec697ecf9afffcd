"""Writes the table of text encodings that Osprey's tempfile text mode knows, from CPython's own codec aliases.

Run with CPython 3.13: python_codecs.py > ../../main/resources/org/osprey/io/python-codecs.txt
(CodecTableTest checks that the file is what this script prints.) Each line is
    <name as encodings.normalize_encoding leaves it> <CPython's codecs.lookup(name).name> <Java charset> <exact|jdk>
where the Java charset is '-' for CPython's own BOM codecs (utf-8-sig, utf-16, utf-32), which Osprey implements,
and 'exact' says that the JDK's charset has CPython's table (CodecTableTest checks that too).
"""
import codecs
import encodings.aliases

# CPython codec module -> the JDK charset with the same table. EXACT ones decode every byte (and, for the UTF
# codecs, every sequence) as CPython does; the others are the JDK's tables, which differ in a few code points.
EXACT = {
    'ascii': 'US-ASCII', 'latin_1': 'ISO-8859-1',
    'utf_8': 'UTF-8', 'utf_16_le': 'UTF-16LE', 'utf_16_be': 'UTF-16BE', 'utf_32_le': 'UTF-32LE',
    'utf_32_be': 'UTF-32BE', 'utf_8_sig': '-', 'utf_16': '-', 'utf_32': '-',
    'iso8859_2': 'ISO-8859-2', 'iso8859_3': 'ISO-8859-3', 'iso8859_4': 'ISO-8859-4', 'iso8859_5': 'ISO-8859-5',
    'iso8859_6': 'ISO-8859-6', 'iso8859_7': 'ISO-8859-7', 'iso8859_8': 'ISO-8859-8', 'iso8859_9': 'ISO-8859-9',
    'iso8859_13': 'ISO-8859-13', 'iso8859_15': 'ISO-8859-15', 'iso8859_16': 'ISO-8859-16',
    'iso8859_11': 'x-iso-8859-11',
    'cp1250': 'windows-1250', 'cp1251': 'windows-1251', 'cp1252': 'windows-1252', 'cp1253': 'windows-1253',
    'cp1254': 'windows-1254', 'cp1255': 'windows-1255', 'cp1256': 'windows-1256', 'cp1257': 'windows-1257',
    'cp1258': 'windows-1258',
    'cp437': 'IBM437', 'cp737': 'x-IBM737', 'cp775': 'IBM775', 'cp850': 'IBM850', 'cp852': 'IBM852',
    'cp855': 'IBM855', 'cp857': 'IBM857', 'cp858': 'IBM00858', 'cp860': 'IBM860', 'cp861': 'IBM861',
    'cp862': 'IBM862', 'cp863': 'IBM863', 'cp864': 'IBM864', 'cp865': 'IBM865', 'cp866': 'IBM866',
    'cp869': 'IBM869', 'koi8_r': 'KOI8-R', 'koi8_u': 'KOI8-U', 'mac_roman': 'x-MacRoman',
    'mac_latin2': 'x-MacCentralEurope', 'gb2312': 'GB2312',
}
JDK_TABLES = {
    'cp037': 'IBM037', 'cp273': 'IBM273', 'cp424': 'IBM424', 'cp500': 'IBM500', 'cp856': 'x-IBM856',
    'cp874': 'x-IBM874', 'cp875': 'x-IBM875', 'cp1006': 'x-IBM1006', 'cp1026': 'IBM1026', 'cp1140': 'IBM01140',
    'mac_arabic': 'x-MacArabic', 'mac_croatian': 'x-MacCroatian', 'mac_cyrillic': 'x-MacCyrillic',
    'mac_greek': 'x-MacGreek', 'mac_iceland': 'x-MacIceland', 'mac_romanian': 'x-MacRomania',
    'mac_turkish': 'x-MacTurkish', 'tis_620': 'TIS-620',
    'cp932': 'windows-31j', 'cp949': 'x-windows-949', 'cp950': 'x-windows-950', 'shift_jis': 'Shift_JIS',
    'euc_jp': 'EUC-JP', 'euc_kr': 'EUC-KR', 'gbk': 'GBK', 'gb18030': 'GB18030', 'big5': 'Big5',
    'big5hkscs': 'Big5-HKSCS', 'johab': 'x-Johab', 'iso2022_jp': 'ISO-2022-JP', 'iso2022_jp_2': 'ISO-2022-JP-2',
    'iso2022_kr': 'ISO-2022-KR',
}
JAVA = {**EXACT, **JDK_TABLES}

names = {module: module for module in JAVA}
for alias, module in encodings.aliases.aliases.items():
    if module in JAVA:
        names[alias] = module
for name in sorted(names):
    module = names[name]
    print(name, codecs.lookup(name).name, JAVA[module], 'exact' if module in EXACT else 'jdk')
