/** The en words of src/lexicon/components.ts: the name of each function a shared component provides, by its code in data/components.json. */
export default {
  FUNCTIONS: {
    ID: 'login / eID',
    SIGN: 'digital signing',
    AUTHZ: 'access rights / power of attorney',
    MAIL: 'digital post to citizens',
    'B2G-MSG': 'secure messaging between organisations',
    PORTAL: 'forms and e-services',
    REG: 'base registers',
    INT: 'integration / data platform',
    DIR: 'directory',
    ARCH: 'archive',
    BI: 'decision support / management information',
  },
};
