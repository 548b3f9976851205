package dev.piiguard.core.detect;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Whether a label leads to a number: the label's word, then only id words ({@code number},
 * {@code no}, {@code id}, …), spaces and punctuation up to the number, as in {@code Part number
 * 412-55-7890}, {@code order #5598…}, {@code "order_id": "4111…"}; not when other words or a
 * number stand between, as in {@code my order #12345 was charged twice on 4111 1111 1111 1111}.
 */
final class NumberLabels {
  /**
   * What may stand between a label and its number: {@code Part number}, {@code Claim ref:},
   * {@code Order number is}.
   */
  private static final ContextWords ID_WORDS = ContextWords.strict(
      "number", "no", "nr", "num", "id", "ref", "code", "is", "n", "nummer", "numero", "nro");

  /**
   * Labels of numbers that are written in groups like SSNs and phone numbers: parts, orders,
   * tickets, product codes ({@code Part number 412-55-7890}, {@code SKU 520-277-9427}), also in
   * German, French, Spanish, Dutch and Italian, whose shops write article numbers in the layout of
   * an SSN ({@code Art.-Nr. 652-08-0784}, {@code Bestellung 123-45-6789}).
   */
  static final ContextWords OTHER_NUMBERS = ContextWords.strict(
      "part", "parts", "order", "item", "model", "sku", "invoice", "tracking", "ticket",
      "reference", "ref", "serial", "claim", "policy", "lot", "batch", "case", "product",
      "article", "upc", "isbn", "ean", "gtin", "asin", "mpn",
      "bestellnummer", "bestellung", "bestell", "bestellnr", "auftragsnummer", "auftrag",
      "auftragsnr", "rechnungsnummer", "rechnung", "rechnungsnr", "sendungsnummer", "sendung",
      "paketnummer", "paket", "kundennummer", "kundennr", "ordernummer", "buchungsnummer",
      "buchung", "artikelnummer", "artikel", "artikelnr", "art", "referenz", "commande",
      "facture", "suivi", "colis", "pedido", "factura", "seguimiento", "referencia",
      "bestelnummer", "bestelling", "factuurnummer", "factuur", "ordine", "fattura",
      "spedizione", "articolo", "riferimento");

  /**
   * Labels of parcels and the carriers that number them, whose numbers of 20 or 22 digits are
   * printed in groups of four ({@code Tracking #: 9205 4981 3135 6344 9927 16}), zero-padded ones
   * too ({@code Sendungsnummer 0081 2569 3051 0088 8074}): such a label names the whole row of
   * groups after it.
   */
  static final String[] PARCEL_WORDS = {
    "tracking", "shipment", "parcel", "package", "awb", "shipments", "parcels", "packages",
    "sendungsnummer", "sendung", "sendungsverfolgung", "paketnummer", "paket", "suivi", "colis",
    "seguimiento", "spedizione",
    "usps", "ups", "fedex", "dhl", "gls", "dpd", "hermes", "colissimo", "correos"
  };

  /**
   * Labels of parcels and of references, whose zero-padded ids start with the {@code 00} of an
   * international dialling prefix ({@code Sendungsnummer: 0035 8472 8568}, {@code ref 0035 8472
   * 8568}, {@code "shipmentId":"0035…"}).
   */
  static final ContextWords PARCELS_AND_REFERENCES = ContextWords.strict(
      Stream.concat(Arrays.stream(PARCEL_WORDS),
          Stream.of("reference", "ref", "referenz", "referencia", "riferimento", "referentie"))
          .toArray(String[]::new));

  /**
   * Labels of product codes and invoices, whose numbers shops write in the layout of North
   * American phone numbers ({@code SKU 520-277-9427}, {@code Rechnung 912-508-7502}), in English,
   * German, French, Spanish, Portuguese, Dutch, Italian and Polish; not of orders, tickets or
   * cases, whose notes hold the customer's phone number ({@code Ticket: 415-555-2671 called
   * twice}), while nobody writes a phone number right after the word invoice.
   */
  static final ContextWords PRODUCT_AND_INVOICE_CODES = ContextWords.strict(
      "part", "parts", "item", "model", "sku", "serial", "lot", "batch", "product", "article",
      "upc", "isbn", "ean", "gtin", "asin", "mpn", "artikelnummer", "artikel",
      "invoice", "invoices", "rechnung", "rechnungsnummer", "rechnungsnr", "facture", "factura",
      "fatura", "factuur", "factuurnummer", "fattura", "faktura");

  /**
   * Labels of tax and identity numbers, which are written in groups like phone numbers and follow
   * a phone word in shop messages ({@code Celular novo, CPF 529.982.247-25}, {@code Zmiana
   * telefonu, NIP 526-104-08-28}): Brazil's CPF, CNPJ and RG, Poland's NIP, REGON, PESEL and KRS,
   * the NIF, CIF and DNI of Spain and Portugal, France's SIRET and SIREN, Turkey's TC Kimlik and
   * Vergi No, Germany's Steuernummer and USt-IdNr., VAT numbers in English, French, Italian and
   * Dutch.
   */
  static final ContextWords TAX_IDS = ContextWords.strict(
      "cpf", "cnpj", "rg", "nip", "regon", "pesel", "krs", "nif", "nipc", "cif", "dni", "siret",
      "siren", "kimlik", "vergi", "steuernummer", "steuerid", "idnr", "ustidnr", "vat", "tva",
      "iva", "btw");

  private NumberLabels() {}

  /**
   * Whether a word of {@code labels} ends within {@code window} code points before the number at
   * {@code start} and leads to it.
   */
  static boolean leadsTo(ContextWords labels, Text text, int start, int window) {
    return labelLeadingTo(labels, text, start, window) >= 0;
  }

  /**
   * The index just past the nearest word of {@code labels} within {@code window} code points
   * before the number at {@code start} when it leads to the number, else -1.
   */
  static int labelLeadingTo(ContextWords labels, Text text, int start, int window) {
    int word = labels.nearestBefore(text, start, window);
    return word >= 0 && ID_WORDS.holdsAllWordsBetween(text, word, start) ? word : -1;
  }
}
