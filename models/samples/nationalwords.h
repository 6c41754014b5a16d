#pragma once

// The words generated plans are made of (see NationalData): actions, objects and qualifiers from real plans
// (bokmål), names, months, comments, and per plan kind its title, focus areas and indicators.

namespace NationalWords {

// Words of real plans (bokmål), combined so that titles run from about 40 to 120 characters like those in the seed
// plans, and descriptions from two to six sentences.
inline constexpr const char* Actions[] = {
    "Innføre",
    "Kartlegge",
    "Etablere",
    "Utrede",
    "Utvikle",
    "Gjennomføre",
    "Redusere",
    "Styrke",
    "Ta i bruk",
    "Prøve ut",
    "Samordne",
    "Følge opp",
    "Legge til rette for",
    "Stille krav om",
    "Øke",
};
inline constexpr const char* Objects[] = {
    "ombruksordning for møbler og inventar",
    "kildesortering i alle kommunale bygg",
    "bruken av engangsplast i kommunale kantiner",
    "innsamling av plastavfall fra landbruket",
    "innkjøpskriterier for sirkulære anskaffelser",
    "strandryddeaksjoner med skoler og frivillige",
    "klimabudsjett som del av økonomiplanen",
    "lademuligheter for elbiler ved kommunale bygg",
    "fossilfrie bygge- og anleggsplasser",
    "matsvinn i sykehjem, barnehager og skoler",
    "utlånsordning for fritidsutstyr",
    "gjenbruk av byggematerialer ved riving",
    "overgang til nullutslippskjøretøy i kommunens bilpark",
    "energieffektivisering i kommunale formålsbygg",
    "reparasjonsverksted i biblioteket",
    "innsamling av tekstiler for ombruk",
    "tiltak mot forsøpling i sentrum og langs vassdrag",
    "avfallsplan for kommunale arrangementer",
    "sammenhengende gang- og sykkelveinett",
    "kompetanse om sirkulær økonomi blant ansatte",
};
inline constexpr const char* Qualifiers[] = {
    "",
    "",
    " i samarbeid med nabokommunene",
    " sammen med lokalt næringsliv",
    " i alle kommunale virksomheter",
    " i tråd med regional plan for klima og miljø",
    " med årlig rapportering til kommunestyret",
    " som pilot i to skolekretser",
    " i samarbeid med det interkommunale avfallsselskapet",
};
inline constexpr const char* Sentences[] = {
    "Tiltaket bygger på erfaringene fra nettverkssamlingene og skal gi målbare resultater innen planperioden.",
    "Ansvarlig enhet rapporterer status hvert kvartal, og resultatene tas inn i årsmeldingen.",
    "Kostnadene dekkes innenfor eksisterende rammer, med mulighet for tilskudd fra Klimasats.",
    "Det skal vurderes om ordningen kan utvides til flere virksomheter etter første år.",
    "Innbyggerne involveres gjennom medvirkningsmøter og en digital spørreundersøkelse.",
    "Tiltaket krever tett samarbeid mellom innkjøp, eiendom og teknisk drift.",
    "Data samles inn årlig og sammenlignes med de andre kommunene i nettverket.",
    "Gevinsten måles som redusert avfallsmengde og lavere klimagassutslipp.",
    "Første fase er en kartlegging av dagens praksis og de største kildene.",
    "Leverandørene skal dokumentere andelen resirkulert materiale i sine tilbud.",
};
inline constexpr const char* Units[] = {
    "Teknisk drift",
    "Plan og miljø",
    "Eiendom",
    "Innkjøp",
    "Oppvekst",
    "Helse og omsorg",
    "Kultur",
    "Landbruk",
    "Vann og avløp",
    "Samfunnsutvikling",
    "Kommunedirektørens stab",
};
inline constexpr const char* FirstNames[] = {
    "Kari", "Ola",    "Ingrid", "Lars",  "Marit",    "Jonas", "Silje", "Even",  "Hilde", "Tor",
    "Nina", "Anders", "Sigrid", "Håkon", "Ragnhild", "Emil",  "Åse",   "Bjørn", "Line",  "Øystein",
};
inline constexpr const char* LastNames[] = {
    "Hansen", "Johansen", "Olsen",   "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
    "Haugen", "Berg",     "Solberg", "Bakken", "Lunde",    "Strand",   "Moen",   "Dahl",        "Lie",    "Ødegård",
};
inline constexpr const char* MonthNames[] = {"januar",
                                             "februar",
                                             "mars",
                                             "april",
                                             "mai",
                                             "juni",
                                             "juli",
                                             "august",
                                             "september",
                                             "oktober",
                                             "november",
                                             "desember"};
inline constexpr const char* Comments[] = {
    "",
    "",
    "Følger planen.",
    "Forsinket på grunn av anbudsprosessen.",
    "Venter på budsjettvedtak.",
    "Pilot gjennomført, evalueres nå.",
    "Rapportert til kommunestyret.",
};

struct KindTexts
{
    const char* kind;
    const char* title;
    const char* areas[6];
    const char* indicators[6];
    const char* units[6];
};

inline constexpr KindTexts Kinds[] = {
    {"plastic_smart",
     "Handlingsplan for en plastsmart kommune",
     {"Kommunen som forbilde",
      "Innkjøp og anskaffelser",
      "Forsøpling og marin forsøpling",
      "Avfall og gjenvinning",
      "Samarbeid med næringslivet",
      "Holdninger og kunnskap"},
     {"Andel plastemballasje samlet inn",
      "Andel plastemballasje materialgjenvunnet",
      "Engangsplast i kommunal drift",
      "Strandsøppel registrert",
      "Kommunale arrangementer uten engangsplast",
      "Skoler med plastundervisning"},
     {"%", "%", "tonn", "kg", "%", "antall"}},
    {"circular",
     "Handlingsplan for sirkulær økonomi",
     {"Styrings- og ledelsesprosesser",
      "Sirkulære innkjøp",
      "Bygg og eiendom",
      "Ombruk og reparasjon",
      "Avfall som ressurs",
      "Areal og natur"},
     {"Andel innkjøp med sirkulære krav",
      "Ombrukte møbler",
      "Restavfall per innbygger",
      "Materialgjenvinningsgrad",
      "Gjenbrukte byggematerialer",
      "Reparasjoner i biblioteket"},
     {"%", "antall", "kg", "%", "tonn", "antall"}},
    {"climate",
     "Klima- og energiplan – handlingsdel",
     {"Transport", "Bygg og energi", "Landbruk", "Forbruk og avfall", "Klimatilpasning", "Grønn mobilitet"},
     {"Klimagassutslipp",
      "Andel nullutslippsbiler",
      "Energibruk i kommunale bygg",
      "Ladepunkter",
      "Sykkelandel",
      "Fossilfrie byggeplasser"},
     {"tonn CO₂e", "%", "GWh", "antall", "%", "%"}},
};

} // namespace NationalWords
