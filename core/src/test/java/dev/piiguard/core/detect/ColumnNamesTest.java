package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnNamesTest {
  private static boolean names(int kind, String field) {
    Text text = new Text();
    text.reset(field, 0, field.length());
    return ColumnNames.names(kind, text, 0, field.length());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Phone", "phone_number", "Tel.-Nr.", "Telefonnr.", "Mobiltelefon",
    "Telefon privat", "Telefon (privat)", "Téléphone fixe", "Teléfono de contacto",
    "Telefone para contato", "Nr telefonu", "Numer telefonu", "Contact No.", "Contact Number",
    "Ph. No.", "Mob. No.", "Phone (Home)", "Phone 1", "phone_home", "phone_e164", "WhatsApp",
    "Puhelin", "Natel", " Mobile ", "\"Phone\"", "Tel.:", "電話番号", "Телефон", "Billing Phone",
    "billing_phone", "Assistant's Phone", "AssistantPhone", "Customer Phone",
    "Emergency Contact Phone", "N° de téléphone", "Nº de teléfono", "📞 Phone", "Phone – mobile",
    "Numero di telefono", "Whatsapp", "whatsapp_number", "Telefon Büro", "Téléphone bureau",
    "Teléfono trabajo", "Telefono ufficio", "Telefoon werk", "Telefon komórkowy",
    "Telefon (dienstlich)", "Teléfono particular", "Telefon arbete", "wa_id", "WA_ID",
    "waid", "contact_wa_id"})
  void namesOfPhoneColumns(String field) {
    assertThat(names(ColumnNames.PHONE, field)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Phone 1 - Value", "Phone 2 - Value", "Phone Value", "Phone (Billing)",
    "Phone (Shipping)", "Phone (Delivery)", "Phone (Customer)", "Personal Contact: Home Phone",
    "Work Contact: Work Phone", "Personal Contact: Personal Mobile"})
  void namesOfPhoneColumnsInContactAndOrderExports(String field) {
    // Google Contacts, WooCommerce, payroll exports
    assertThat(names(ColumnNames.PHONE, field)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"phone: 0612345678", "Phone 1: 0612345678", "phone:mobile",
    "Impressions: Mobile", "Error: mobile"})
  void aColonInDataOrCodeNamesNoColumn(String field) {
    assertThat(names(ColumnNames.PHONE, field)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SIRET", "N° SIRET", "siret_number", "SIREN", "Steuernummer", "CNPJ"})
  void namesOfTaxAndCompanyNumberColumns(String field) {
    assertThat(names(ColumnNames.TAX_ID, field)).isTrue();
    assertThat(names(ColumnNames.PHONE, field)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Contact No.", "Phone", "Card number", "电话", "card incl VAT",
    "Card (VAT invoice)"})
  void namesOfOtherColumnsAreNoTaxNumbers(String field) {
    assertThat(names(ColumnNames.TAX_ID, field)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"call_id", "contact_id", "cell_id", "sms_batch_id",
    "mobile_revenue_cents", "ring_buffer_bytes", "Mobile visits", "Contact", "Emergency Contact",
    "Amount", "Имя", "e\",\"phone\":\"06 1", "phone=1", "Phones", "Phone model", "phone_count",
    "swa_id", "wa_id_hash", "Kiwaid"})
  void namesOfOtherColumns(String field) {
    assertThat(names(ColumnNames.PHONE, field)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mobile", "Cell", "mobile_number", "Tel", "Fax"})
  void mobileAndCellNameNoColumnOfPhonesAlone(String field) {
    assertThat(names(ColumnNames.PHONE_ONLY, field)).isFalse();
    assertThat(names(ColumnNames.PHONE, field)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SSN", "ssn", "SSN/ITIN", "social_security_number", "Social Security No.",
    "TIN", "Employee SSN", "employee_ssn", "Borrower SSN", "Tax ID (SSN)",
    "Employee Social Security Number"})
  void namesOfSsnColumns(String field) {
    assertThat(names(ColumnNames.SSN, field)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ssn_request_id", "Security", "social", "Phone"})
  void namesOfNoSsnColumn(String field) {
    assertThat(names(ColumnNames.SSN, field)).isFalse();
  }
}
