### reviewed: yes
## Optional country, only to show the right helplines.
country-title = Country for helplines
country-description = Choose the country whose helplines I show you.
country-ask =
    Which country are you in now? I only use it to show you the right helplines and support services when you need them.
    It is optional: type **skip** if you prefer not to say.
country-opt-de = Germany
    .synonyms = germany, deutschland, de
country-opt-fr = France
    .synonyms = france, fr
country-opt-es = Spain
    .synonyms = spain, espana, españa, es
country-opt-gb = United Kingdom
    .synonyms = uk, united kingdom, britain, great britain, england, scotland, wales, northern ireland, gb
country-opt-us = United States
    .synonyms = usa, us, united states, america
country-opt-tr = Türkiye
    .synonyms = turkey, turkiye, türkiye, tr
country-opt-ua = Ukraine
    .synonyms = ukraine, ua
country-opt-ir = Iran
    .synonyms = iran, ir
country-opt-af = Afghanistan
    .synonyms = afghanistan, af
country-opt-ru = Russia
    .synonyms = russia, russian federation, ru
country-opt-other = Another country
    .synonyms = other, another, another country, none of these
country-done = Thank you. When it matters, I will show you the helplines I know of in that country, together with international ones. Type **menu** at any time to change it.
country-other = Thank you. I will show you international helplines, which can be reached from anywhere. Type **menu** at any time to change it.
country-skipped = No problem. I will show you international helplines, which can be reached from anywhere.
