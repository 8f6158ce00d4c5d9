/** Words authors leave where a value should be, in the four languages. */

/** Placeholders authors leave where a value should be, in four languages ("N.N.": nomen nescio, a name not known yet). */
export const PLACEHOLDER =
  /^(tbd|tba|todo|\?+|-+|–|n\/?a|na|none|unknown|ukendt|ved ikke|vides ikke|uafklaret|ikke afklaret|mangler|vet ej|vet inte|okänd|oklart|ej klart|ingen|ikke avklart|ukjent|vet ikke|uavklart|xx+|n\.\s?n\.?|\.\.\.|…|<[^>]*>|\[[^\]]*\])$/i;

/**
 * A placeholder with a note after it: "TBD (afventer direktionen)", "Ukendt – afklares i
 * styregruppen", "Afventer beslutning". Only words that cannot open a real value count here.
 */
export const PLACEHOLDER_LEAD =
  /^(?:(?:tbd|tba|todo|\?+|n\/a|ukendt|uafklaret|ikke afklaret|vet ej|vet inte|okänd|oklart|ikke avklart|ukjent|uavklart|xxx+)\s*[-–—:(,;]|(?:afventer|avventer|avvaktar|inväntar|awaiting|pending|udpeges senere|utses senare|afklares|avklares|klargörs senare|besluttes senere|beslutas senare|bestäms senare|fastställs senare|fastsættes senere|bestemmes senere|fastsettes senere|decided later|to be (?:decided|appointed|confirmed|determined|agreed))(?![\p{L}\p{N}]))/iu;
