/** The nb words of src/lexicon/components.ts: the name of each function a shared component provides, by its code in data/components.json. */
export default {
  FUNCTIONS: {
    ID: 'innlogging / eID',
    SIGN: 'elektronisk signering',
    AUTHZ: 'tilganger / fullmakt',
    MAIL: 'digital post til innbyggere',
    'B2G-MSG': 'sikker meldingsutveksling mellom virksomheter',
    PORTAL: 'skjema og digitale tjenester',
    REG: 'grunndataregistre',
    INT: 'integrasjon / dataplattform',
    DIR: 'katalogtjeneste',
    ARCH: 'arkiv',
    BI: 'beslutningsstøtte / styringsinformasjon',
  },
};
