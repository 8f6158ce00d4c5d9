/** The sv words of src/lexicon/components.ts: the name of each function a shared component provides, by its code in data/components.json. */
export default {
  FUNCTIONS: {
    ID: 'inloggning / e-legitimation',
    SIGN: 'elektronisk underskrift',
    AUTHZ: 'behörigheter / ombud och fullmakter',
    MAIL: 'digital post till medborgare',
    'B2G-MSG': 'säker kommunikation mellan organisationer',
    PORTAL: 'e-tjänster och formulär',
    REG: 'grundläggande register',
    INT: 'integration / dataplattform',
    DIR: 'katalogtjänst',
    ARCH: 'arkiv',
    BI: 'beslutsstöd / ledningsinformation',
  },
};
