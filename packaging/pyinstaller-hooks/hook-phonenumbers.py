"""phonenumbers for Press Contacts' bundle: the number metadata, not the optional data.

phonenumbers imports each region's metadata by name when it first meets the region
(phonenumbers.data.region_XX, phonenumbers.shortdata.region_XX), so those are hidden
imports. Its geocoder, carrier and time-zone data (about 45 MB) are what the contributed
hook adds beyond that; the program never describes a number's place, carrier or time zone,
and build.py excludes those modules.
"""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules(
    "phonenumbers.shortdata"
)
