/** The da words of src/lexicon/components.ts: the name of each function a shared component provides, by its code in data/components.json. */
export default {
  FUNCTIONS: {
    ID: 'login / eID',
    SIGN: 'digital signering',
    AUTHZ: 'rettigheder / fuldmagt',
    MAIL: 'digital post til borgere',
    'B2G-MSG': 'sikker meddelelsesudveksling mellem myndigheder',
    PORTAL: 'selvbetjening og blanketter',
    REG: 'grunddataregistre',
    INT: 'integration / dataplatform',
    DIR: 'katalog',
    ARCH: 'arkiv',
    BI: 'beslutningsstøtte / ledelsesinformation',
  },
};
