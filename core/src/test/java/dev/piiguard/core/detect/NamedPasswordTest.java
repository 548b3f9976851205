package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Passwords after their names ({@link SecretFormat.Kind#PASSWORD}). All values are made up. */
class NamedPasswordTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "spring.datasource.password=S3cr3t!Pass                          | S3cr3t!Pass",
    "DB_PASSWORD=Kx9#mPq2vL                                          | Kx9#mPq2vL",
    "export PGPASSWORD='w7Gt-e2Rz' && psql -h db -U shop             | w7Gt-e2Rz",
    "mysqldump --password=Tr0ub4dor&3 shop                           | Tr0ub4dor",
    "jdbc:mysql://db:3306/shop?user=shop&password=Sh0p!2024&useSSL=true | Sh0p!2024",
    "Server=db;Database=shop;User Id=sa;Password=Str0ng!Pass;        | Str0ng!Pass",
    "Driver={ODBC Driver 18};Server=db;Uid=app;Pwd=qR4$tY7u;         | qR4$tY7u",
    "  password: hunter2x                                            | hunter2x",
    "  password: \"P@ssw0rd.1\"                                      | P@ssw0rd.1",
    "<user username=\"admin\" password=\"t0mcat-Adm1n\" roles=\"manager-gui\"/> | t0mcat-Adm1n",
    "-Djavax.net.ssl.keyStorePassword=Ks.2024-store                  | Ks.2024-store",
    "POST /login username=jane&password=letmein42 HTTP/1.1           | letmein42",
    "WARN login failed for user=bob passwd=b0b-s3cret                | b0b-s3cret",
    "DEBUG AuthService - authenticating with Password: Zx81!spectrum | Zx81!spectrum",
    "- MYSQL_ROOT_PASSWORD=r00t_Pw.9                                 | r00t_Pw.9",
    "password=123456                                                 | 123456",
    "password=Pässw0rd1                                              | Pässw0rd1",
    "password=é€ü123                                                 | é€ü123",
    "password=é1é1é1                                                 | é1é1é1",
    "password:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Hunter22x | Hunter22x",
    "DB_PASSWORD=!Qaz2wsx3edc                                        | !Qaz2wsx3edc",
    "password=@dmin123                                               | @dmin123",
    "password=hunter22\u00a0next                                     | hunter22",
    "password:\u00a0hunter22                                         | hunter22",
    "password:\thunter22                                            | hunter22",
    "Password:                        S3cr3t!                        | S3cr3t!",
    "password=\u201chunter22\u201d                                     | hunter22",
    "your password: `Hunter22!` (change it after login)             | Hunter22!",
    "DB_PASSWORD:=Hunter22                                           | Hunter22",
    "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-S3cret!99}               | S3cret!99",
    "DB_PASSWORD=kF8/3mQ+zP1/aLx9Rt2v0w==                            | kF8/3mQ+zP1/aLx9Rt2v0w==",
    "Password=Pa55w.rd                                               | Pa55w.rd",
    "password=hunter22:                                              | hunter22",
    "ssl.truststore.password=Tru5t.store!                            | Tru5t.store!",
    "FTP_PASSWD=Ftp.Up10ad                                           | Ftp.Up10ad",
    "- MONGO_INITDB_ROOT_PASSWORD=M0ngo.Root!                        | M0ngo.Root!",
  })
  void findsThePasswordAfterItsName(String line, String password) {
    assertThat(Detected.values("SECRET", line)).containsExactly(password);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"message\":\"connect user=app password=\\\"Pa55word\\\" db=shop\"}",
    "{\"message\":\"connect user=app password=Pa55word db=shop\"}",
    "{\"log\":\"{\\\"msg\\\":\\\"connect password=\\\\\\\"Pa55word\\\\\\\"\\\"}\"}",
  })
  void findsThePasswordInALogLineInsideJson(String line) {
    assertThat(Detected.values("SECRET", line)).containsExactly("Pa55word");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"message\":\"connect user\\u003dapp password\\u003dPa55word db\\u003dshop\"}",
    "{\"message\":\"pwd\\u003dPa55word\"}",
    "{\"url\":\"jdbc:postgresql://db/shop?user\\u003dshop\\u0026password\\u003dPa55word\"}",
    "{\"log\":\"{\\\"m\\\":\\\"password\\\\u003dPa55word\\\"}\"}",
    "{\"message\":\"DB_PASSWORD\\u003DPa55word\"}",
  })
  void findsThePasswordAfterAnEqualsSignWrittenAsAJsonEscape(String line) {
    assertThat(Detected.values("SECRET", line)).containsExactly("Pa55word");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"m\":\"password\\u003d${DB_PASSWORD}\"}", "{\"m\":\"show_password\\u003dtrue\"}",
    "{\"m\":\"password\\u003d\\u003dPa55word\"}", "{\"m\":\"password\\u003dgetPassword()\"}",
    "{\"m\":\"passwordHint\\u003dPa55word\"}",
  })
  void staysQuietAfterAnEscapedEqualsSignWithoutAPassword(String line) {
    assertThat(Detected.in(line)).noneMatch(finding -> finding.startsWith("SECRET "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "spring.datasource.password=Sup3r\\=S3cret\\!24               | Sup3r\\=S3cret\\!24",
    "db.password=Sup3r\\:S3cret\\#24 user=shop                    | Sup3r\\:S3cret\\#24",
    "customer.password=Sup3rS3cret\\!                             | Sup3rS3cret\\!",
  })
  void findsAPasswordWithTheSignsJavaPropertiesEscapes(String line, String password) {
    assertThat(Detected.values("SECRET", line)).containsExactly(password);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "password=Sup3rS3cret)2024 user=jane                            | Sup3rS3cret)2024",
    "password: Sup3rS3cret]2024                                     | Sup3rS3cret]2024",
    "DB_PASSWORD=Sup3rS3cret}2024x                                  | Sup3rS3cret}2024x",
    "Config{user=jane, password=S3cret!x}                           | S3cret!x",
    "connect(host=db, password=S3cret!x) done                       | S3cret!x",
  })
  void findsAnUnquotedPasswordWholeAcrossAClosingBracketInsideIt(String line, String password) {
    assertThat(Detected.values("SECRET", line)).containsExactly(password);
  }

  @ParameterizedTest
  @ValueSource(strings = {"f(password=pw1)and", "(password=pass1)", "x = {password=args[1]}"})
  void staysQuietOnAShortValueBeforeAClosingBracket(String line) {
    assertThat(Detected.in(line)).noneMatch(finding -> finding.startsWith("SECRET "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"label.password=Passwort\\:", "login.password=Password\\:\\!",
    "password=C\\:\\\\Users\\\\shop"})
  void staysQuietOnWordsWithTheSignsJavaPropertiesEscapes(String line) {
    assertThat(Detected.in(line)).noneMatch(finding -> finding.startsWith("SECRET "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "    String password = \"S3cret!99\";                            | S3cret!99",
    "password = S3cr3t!                                              | S3cr3t!",
    "DB_PASSWORD  =  'Kx9#mPq2vL'                                    | Kx9#mPq2vL",
    "WHERE username = 'jane' AND password = 'Tr0ub4dor&3'            | Tr0ub4dor&3",
    "password = pypi-AgEIcHlwaS5vcmcCJDU                              | pypi-AgEIcHlwaS5vcmcCJDU",
  })
  void findsThePasswordOfASpacedAssignment(String line, String password) {
    assertThat(Detected.values("SECRET", line)).containsExactly(password);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "Mein Passwort: Sunny2024!x                                     | Sunny2024!x",
    "Kennwort=Berl1n#2024                                           | Berl1n#2024",
    "Mot de passe : Soleil2024!                                     | Soleil2024!",
    "Mot de passe\u00a0: Soleil2024!                                | Soleil2024!",
    "Password\u00a0: Hunter22x                                      | Hunter22x",
    "mot_de_passe=Soleil-2024                                       | Soleil-2024",
    "wachtwoord: Zomer2024!                                         | Zomer2024!",
    "contrasena: Verano2024!                                        | Verano2024!",
    "Senha: Brasil#2024                                             | Brasil#2024",
    "passord=Sommer2024!                                            | Sommer2024!",
    "adgangskode: Sommer2024!                                       | Sommer2024!",
    "losenord: Sommar2024!                                          | Sommar2024!",
    "salasana: Kesa2024!                                            | Kesa2024!",
    "heslo: Leto2024!                                               | Leto2024!",
    "haslo=Lato2024!                                                | Lato2024!",
  })
  void findsThePasswordAfterItsNameInOtherLanguages(String line, String password) {
    assertThat(Detected.values("SECRET", line)).containsExactly(password);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Impasse: Rue des Lilas", "resenha: produto excelente", "Passwort: geändert",
    "Passwort\u00a0: ********", "Kennwort: siehe Tresor", "Mot de passe : oublié ?"
  })
  void staysQuietAfterForeignNamesWithoutAPassword(String line) {
    assertThat(Detected.values("SECRET", line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{password:\"Passwort:\",username:\"Benutzer:\"}", "{label:\"Password:\",hint:\"x\"}",
    "labels = {'pw': 'Login-Password:', 'user': 'Name:'}"
  })
  void staysQuietWhenTheQuoteAfterTheColonClosesALabel(String line) {
    assertThat(Detected.values("SECRET", line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"msg\":\"password: \\\"Hunter22!\\\"\"}", "{\"msg\":\"Password:\\\"Hunter22!\\\"\"}",
  })
  void findsAnEscapedQuotedValueAfterTheNameInAJsonString(String line) {
    assertThat(Detected.values("SECRET", line)).containsExactly("Hunter22!");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "{user:\"bob\", password:\"S3cret!x\"}                          | S3cret!x",
    "{password:\"S3cret!x\"}                                        | S3cret!x",
    "INFO \"user login\" password:\"S3cret!x\"                       | S3cret!x"
  })
  void findsAQuotedValueAfterAnUnquotedKey(String line, String password) {
    assertThat(Detected.values("SECRET", line)).containsExactly(password);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "<server><id>nexus</id><password>Kx9#mPq2vL</password></server>  | Kx9#mPq2vL",
    "<wsse:Username>shop</wsse:Username><wsse:Password Type=\"https://docs.oasis-open.org/wss/"
        + "2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">S3cr3t!x"
        + "</wsse:Password></wsse:UsernameToken>                     | S3cr3t!x",
    "<entry key=\"password\">S3cr3tPass24</entry>                    | S3cr3tPass24",
    "<property name=\"password\" value=\"S3cr3tPass24\"/>           | S3cr3tPass24",
    "<add key=\"DbPassword\" value=\"Kx9#mPq2vL\"/>                  | Kx9#mPq2vL",
    "<db.password>Tr0ub4dor&amp;3</db.password>                      | Tr0ub4dor&amp;3",
    "<Password>P\u00e4sswort24!</Password>                           | P\u00e4sswort24!",
  })
  void findsThePasswordOfAnXmlElement(String line, String password) {
    assertThat(Detected.values("SECRET", line)).containsExactly(password);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<td>Pa55word1</td>", "<password>${env.DB_PASSWORD}</password>", "<password>changeme</password>",
    "<password>\n  <value>Pa55word1</value>\n</password>", "<password>Min 8 chars!</password>",
    "<label for=\"password\">Password 2</label>", "<span class=\"password\">Kx9#mPq2vL</span>",
    "<input type=\"password\"><label>Hunter22!</label>", "<input type=\"password\" value=\"\">",
    "<password>Kx9#mPq2vL", "Kx9#mPq2vL</password>", "if (a.password>b1 && c<d) {",
    "<passwordPolicy>min8</passwordPolicy>", "<wsse:Password>********</wsse:Password>",
  })
  void staysQuietOnXmlWithoutAPasswordElement(String line) {
    assertThat(Detected.in(line)).noneMatch(finding -> finding.startsWith("SECRET "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "    'password' => 'L4ravel!Secret',                             | L4ravel!Secret",
    "    'db_password'=>'Kx9#mPq2vL',                                | Kx9#mPq2vL",
    "    \"password\"    => \"Pa55!word\",                            | Pa55!word",
    "user.update(:password => 'Rub1es!x')                           | Rub1es!x",
    "my %db = (user => 'shop', password => 'P3rl!pass');            | P3rl!pass",
    "$config['db']['password'] = 'Php!2024x';                       | Php!2024x",
    "$db['password']= 'Php!2025y';                                  | Php!2025y",
    "params[:password] = \"Rub1es!y\"                                | Rub1es!y",
    "$config[ 'password' ] = 'Php!2026z';                          | Php!2026z",
    "$config[\"password\"  ]  = \"Php!2027w\";                       | Php!2027w",
    "os.environ[\"DB_PASSWORD\"] = \"Env!ron2024\"                  | Env!ron2024",
    "params['password'] = S3cret!2024x                              | S3cret!2024x",
    "[password] = Passw0rd2024                                      | Passw0rd2024",
    "\"password\" = \"Terra!f0rm\"                                  | Terra!f0rm",
    "Password : Hunter22x                                           | Hunter22x",
    "INFO payload {'username' : 'jane', 'password' : 'Py!th0n2024'} | Py!th0n2024",
  })
  void findsThePasswordOfAQuotedKeyOrAFatArrow(String line, String password) {
    assertThat(Detected.values("SECRET", line)).containsExactly(password);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "DB_PASS = os.getenv(\"DB_PASSWORD\", \"Dev!Pass2024\")         | Dev!Pass2024",
    "pw = os.environ.get(\"PGPASSWORD\",\"pg-S3cret9\")              | pg-S3cret9",
    "String pw = System.getProperty(\"db.password\", \"Spr1ng!Boot\"); | Spr1ng!Boot",
    "env.getOrDefault( \"SMTP_PASSWORD\" , \"Sm7p#mail\")             | Sm7p#mail",
    "cmd.add(\"--password\", \"Cl1!arg99\");                         | Cl1!arg99",
    "    'password' => env('DB_PASSWORD', 'L4ravel!Secret'),         | L4ravel!Secret",
    "config('database.connections.mysql.password', 'Sq1!pass')     | Sq1!pass",
    "pw = os.environ.get('PGPASSWORD', \"pg-S3cret9\")              | pg-S3cret9",
    "pw = os.getenv( 'SMTP_PASSWD','Sm7p#mail')                    | Sm7p#mail",
  })
  void findsTheDefaultAfterAPasswordNameInACall(String line, String password) {
    assertThat(Detected.values("SECRET", line)).containsExactly(password);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "os.getenv(\"DB_PASSWORD\", \"\")", "t(\"password\", \"Password\")",
    "label(\"password\", \"Passwort:\")", "translate(\"password\", \"Mot de passe\")",
    "[\"username\", \"password\", \"S3cret!99\"]", "get(\"password\", default_pw1)",
    "os.getenv(\"DB_PASSWORD\", \"${FALLBACK_PW}\")", "fields(\"password\", \"confirm_password\")",
    "rules(\"password\", \"required|min:8\")", "check(\"password\", \"8+ chars\")",
    "env('DB_PASSWORD', '')", "t('password', 'Password')", "rules('password', 'required|min:8')",
    "['username', 'password', 'S3cret!99']", "env('DB_PASSWORD', env('PW_1'))",
    "f('x', 'password', 'S3cret!99')", "env('DB_PASSWORD', \"${FALLBACK_PW}\")",
    "I'd say 'password', 'Hunter22!' and 'ok' are words", "getenv('DB_PASSWORD') ?: 'S3cret!99'",
  })
  void staysQuietOnCallsWithoutAPasswordDefault(String line) {
    assertThat(Detected.in(line)).noneMatch(finding -> finding.startsWith("SECRET "));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "'password' => env('DB_PASSWORD'),", "'password' => $password,", "'password' => '',",
    "'password' => null,", "password => !password1,", "'password' => bcrypt($request->password),",
    "'password' => 'required|string|min:8|confirmed',", "'password' => Hash::make($data['password']),",
    "if ($data['password'] === $confirm) {", ":password => params[:password]",
    "password => $self->{password},", "password : str = Field(min_length=8)", "  password : string;",
    "$user['password'] = $hasher->hash($plain);", "form['password'] = req.body.pw",
    "if ($row['password'] == 'Secr3t!x') {", "$user['password'] === 'Secr3t!x'",
    "'password' => getenv('PW_1'),", "'password' =>   Config::get('db.pw1'),",
  })
  void staysQuietOnQuotedKeysAndArrowsWithoutAPassword(String line) {
    assertThat(Detected.in(line)).noneMatch(finding -> finding.startsWith("SECRET "));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "this.password = password2;", "if (password == null) {", "password = null;",
    "    params['password'] = password2", "kwargs['oauth2ClientSecret'] = oauth2_client_secret",
    "$a[ 'password' ] = password2 # not quoted",
    "char[] password = pw.getPassword();", "password = new String(pw.getPassword());",
    "password = withPassword;", "keyStorePassword = Password.readPassword(in);",
    "this.password = (password == null) ? null : password.clone();", "password = \"\";",
    "f(user, password = pw1, retries)", "x = 1; y = 2", "WHERE password = ?",
    "WHERE password = :password", "password = request.form['password']",
    "password = os.environ.get(\"DB_PASSWORD\")", "password = getpass.getpass()",
  })
  void staysQuietOnSpacedAssignmentsInCode(String line) {
    assertThat(Detected.in(line)).noneMatch(finding -> finding.startsWith("SECRET "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "{\"username\":\"jane\",\"password\":\"S3cr3t!Pass\"}              | S3cr3t!Pass",
    "{\"user\": \"app\", \"db_password\": \"Kx9#mPq2vL\"}              | Kx9#mPq2vL",
    "  \"confirmPassword\" : \"w7Gt-e2Rz\",                           | w7Gt-e2Rz",
    "{\"Password\":\"Summer2024!\",\"remember\":true}                 | Summer2024!",
    "{\"pwd\":\"r00t_Pw.9\"}                                          | r00t_Pw.9",
    "INFO login payload={'username': 'jane', 'password': 'Py!th0n2024'} | Py!th0n2024",
    "{'db_password':'Kx9#mPq2vL', 'port': 5432}                      | Kx9#mPq2vL",
    "Parameters: {\"user\"=>{\"email\"=>\"x\", \"password\"=>\"R@ils2024x\"}} | R@ils2024x",
    "{\"msg\":\"body: {\\\"user\\\":\\\"jane\\\",\\\"password\\\":\\\"S3cret!99\\\"}\"} | S3cret!99",
    "\"SecretString\": \"{\\\"username\\\":\\\"admin\\\",\\\"password\\\": \\\"Aws!Sm2024\\\"}\" | Aws!Sm2024",
    "{\"a\":\"{\\\"b\\\":\\\"{\\\\\\\"password\\\\\\\":\\\\\\\"Sup3rS3cret!24\\\\\\\"}\\\"}\"} | Sup3rS3cret!24",
  })
  void findsThePasswordOfAJsonKey(String line, String password) {
    assertThat(Detected.values("SECRET", line)).containsExactly(password);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "{\"password\":\"Sup3r\\u003dS3cret!24\"}                    | Sup3r\\u003dS3cret!24",
    "{\"password\":\"Tr0ub4dor\\u00263xyz\",\"user\":\"jane\"}   | Tr0ub4dor\\u00263xyz",
    "{\"password\":\"Sup3r\\u003cS3cret\\u003e24\"}              | Sup3r\\u003cS3cret\\u003e24",
    "{\"password\":\"Sup3r\\/S3cret24\"}                          | Sup3r\\/S3cret24",
    "{\"password\":\"Sup3r\\\"S3cret24\",\"user\":\"jane\"}       | Sup3r\\\"S3cret24",
    "{\"password\":\"Sup3r\\\\S3cret24\"}                         | Sup3r\\\\S3cret24",
    "{\"password\":\"p\\u00e4ssw\\u00f6rt24\"}                    | p\\u00e4ssw\\u00f6rt24",
    "{\"password\":\"P\u00e4sswort2024!\"}                         | P\u00e4sswort2024!",
    "{\"password\":\"Sup3rS3cret\\\\\"}                            | Sup3rS3cret\\\\",
    "{\"msg\":\"{\\\"password\\\":\\\"Sup3r\\\\u003dS3cret\\\"}\"}   | Sup3r\\\\u003dS3cret",
    "{\"msg\":\"{\\\"password\\\":\\\"Sup3r\\\\\\\"S3cret\\\"}\"}   | Sup3r\\\\\\\"S3cret",
    "{\"msg\":\"connect password=\\\"Sup3r\\\\/S3cret\\\" db=shop\"} | Sup3r\\\\/S3cret",
    "password:\"Hunter22!\\\"                                     | Hunter22!",
    "{\"password\":\"Hunter22!\\\"S3cret 24\"}                   | Hunter22!",
  })
  void findsAQuotedPasswordHoldingEscapesOrLettersBeyondAscii(String line, String password) {
    assertThat(Detected.values("SECRET", line)).containsExactly(password);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"password\":\"Must be 8 characters\"}", "{\"password\":\"Sup3r\\tS3cret24\"}",
    "{\"password\":\"Sup3r\\u0020S3cret24\"}", "{\"password\":\"Sup3r\\u00a0S3cret24\"}",
    "{\"password\":\"Sup3r\\nS3cret24\"}", "{\"msg\":\"{\\\"password\\\":\\\"Sup3r\\\\tS3cret\\\"}\"}",
    "{\"password\":\"Contrase\\u00f1a\"}", "{\"password\":\"Passw\\u00f6rter\"}",
    "{\"password\":\"\u30d1\u30b9\u30ef\u30fc\u30c9\u306f8\u6587\u5b57\u4ee5\u4e0a\"}",
    "{\"password\":\"\\u30d1\\u30b9\\u30ef\\u30fc\\u30c9\\u306f8\\u6587\\u5b57\"}",
    "{\"password\":\"\\u003cyour-password\\u003e\"}", "{\"password\":\"\\/etc\\/shop\\/pw\"}",
    "{\"password\":\"abc\\\\\",\"user\":\"Hunter2024\"}",
  })
  void staysQuietOnQuotedValuesWithSpacesControlsWordsOrPlaceholdersWrittenEscaped(String line) {
    assertThat(Detected.in(line)).noneMatch(finding -> finding.startsWith("SECRET "));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"password\":\"\"}", "{\"password\":null}", "{\"password\":\"********\"}",
    "{\"password\":\"[REDACTED]\"}", "{\"password\":{\"type\":\"string\",\"minLength\":8}}",
    "{\"password\": \"string\"}", "{\"password\":\"$2b$10$N9qo8uLOickgx2ZMRZoMye\"}",
    "{\"created\":1715948884,\"password_hash\":\"x\"}", "say \"password\" twice",
    "{\"password\":true,\"otp\":false}", "I'd say the password: is required", "{'password': None}",
    "{'password': '********'}", "{'password': os.environ['PW']}", "\"react-password\":\"^1.2.3\",",
    "\"@types/react-password\": \"~1.0.0\"",
  })
  void staysQuietOnJsonKeysWithoutAPassword(String line) {
    assertThat(Detected.in(line)).noneMatch(finding -> finding.startsWith("SECRET "));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Password: must be at least 8 characters.",
    "Reset password: click the link below",
    "password: String", "val password: CharArray", "password: string;",
    "show_password=true", "requirePassword=false", "PasswordAuthentication=no",
    "password=", "password=\"\"", "password=********", "password=ab***yz", "pwd=<hidden>",
    "password=[PROTECTED]", "password=[REDACTED]", "password=REDACTED-1", "password=abc1...",
    "password=${DB_PASSWORD}", "password=$PGPASS", "password=%DB_PASSWORD%",
    "password: \"{{ db_password }}\"", "password=#{vault.pw}", "password=@db.password@",
    "password: !vault |", "password=<your-password>", "password=changeme", "password=changeit",
    "password=getPassword()", "password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)",
    "forgotPassword=https://shop.example.com/reset?id=42",
    "Password: changed on 2024-05-12", "Last password: 2024-05-12", "password: 90 days",
    "PWD=/home/jane/shop", "OLDPWD=/var/lib/shop", "pwd: ./config/prod",
    "passwd: password updated successfully", "/etc/passwd: No such file or directory",
    "password=\"not closed", "password: 'is required'", "password=xxxxxx",

    "connect(host=host, password=self._password)", "password=settings.DB_PASSWORD,",
    "password=os.environ[\"DB_PASSWORD\"]", "password=request.form['password']",
    "password=os.getenv(\"PGPASSWORD\")", "_password: DEPRECATED: For improved security",
    "--sasl-password='projects/123/secrets/kafka/versions/1'", "Password: Done.",
    "label.wifi_password=WLAN-Passwort", "DB_PASSWORD=your-password", "password:-webkit-autofill",
    "{password:\"current-password\"}", "  adminPassword: redis-password-2", "password: db-secret-v2",
    "WHERE username=:username AND password=:password1", "UPDATE users SET password=@Password",
    "if(password==confirm_password){", "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}",
    "login.password=Password*", "password: \"Password:\"", "rules:{password:'required|min:8'}",
    "password: minLength=8", "password: *db_password", "password: !vault-encrypted |",
    "password: !!binary aGVsbG8=", "password: env:DB_PASSWORD", "password: file:secret.txt",
    "password: arn:aws:secretsmanager:us-east-1:123456789012:secret:db-pw-AbCdEf",
    "$password=Read-Host -AsSecureString", "password:float64", "password:argon2id",
    "password:pbkdf2-sha256", "password_encoding:utf-16le", "password=user?.password",
    "password=aws_db_instance.db-1.password", "/etc/passwd:bob:x:1000:1000:Bob,,,:/home/bob:/bin/bash",
    "lib/auth/password:7:import bcrypt", "Last changed password: 2024-03-01T10:00:00Z",
    "password=xxxxx-xxxxx", "password=__DB_PASSWORD_1__", "password=%016llx",
    "login.password=%1$s-Passwort", "Environment=DB_PASSWORD=%d/db-password",
    "password=abc123...", "password:\u30d1\u30b9\u30ef\u30fc\u30c9\u306f8\u6587\u5b57\u4ee5\u4e0a",
    "password:30days", "error.password=8-stellig", "password=0x7ffd5e3c",
    "image: acme/reset-password:v1.2.3", "password::Hunter22", "password: (required)",
    "password=é1é1", "password=😀😀1", "Password:\u2028Hunter22x",
    "val password: String? = null", "let password: String!", "Password: Required!",
    "docker run -v $PWD:/workspace shop", "password={cipher}AQBx7Yk2Lm9q",
  })
  void staysQuietOnWordsPlaceholdersReferencesAndMasks(String line) {
    assertThat(Detected.in(line)).noneMatch(finding -> finding.startsWith("SECRET "));
  }

  @Test
  void aFileOfOwnFormatsAddsOtherNames() {
    ScanEngine engine = ScanEngine.create(true, List.of(), List.of(new SecretFormat(
        "passphrase", "passphrase=", "A-Za-z0-9!._-", 6, 64, SecretFormat.Kind.PASSWORD)));

    assertThat(Detected.in(engine, "gpg --passphrase=c0rrect.h0rse --batch"))
        .containsExactly("SECRET c0rrect.h0rse");
    assertThat(Detected.in(engine, "KEY_PASSPHRASE=Wh1sky-Tango-9"))
        .containsExactly("SECRET Wh1sky-Tango-9");
  }

  @Test
  void anOwnFormatOfKindPasswordWordCountsOnlyAtAWordsStart() {
    ScanEngine engine = ScanEngine.create(true, List.of(), SecretFormatFile.parse(List.of(
        "pin  pin=  A-Za-z0-9!  6  64  password-word",
        "pin  pin:  A-Za-z0-9!  6  64  password-word"), "own.txt"));

    assertThat(Detected.in(engine, "card_pin=Z9x8c7v6! sent")).containsExactly("SECRET Z9x8c7v6!");
    assertThat(Detected.in(engine, "PIN: Z9x8c7v6!")).containsExactly("SECRET Z9x8c7v6!");
    assertThat(Detected.in(engine, "spin=Z9x8c7v6! hairpin: Z9x8c7v6!")).isEmpty();
  }

  @Test
  void aLongestLengthNearTheLargestIntStillFindsPasswords() {
    ScanEngine engine = ScanEngine.create(true, List.of(), List.of(new SecretFormat(
        "passphrase", "passphrase=", "A-Za-z0-9!._-", 6, Integer.MAX_VALUE - 5,
        SecretFormat.Kind.PASSWORD), new SecretFormat("acme", "acme_", "a-z0-9", 8,
        Integer.MAX_VALUE - 5, false)));

    assertThat(Detected.in(engine, "gpg --passphrase=c0rrect.h0rse --batch acme_k3y0k3y0k"))
        .containsExactly("SECRET c0rrect.h0rse", "SECRET acme_k3y0k3y0k");
  }

  @Test
  void theLongestLengthCountsCharactersNotUnits() {
    String accents = "é".repeat(200);

    assertThat(Detected.values("SECRET", "password=" + accents + "1 next"))
        .containsExactly(accents + "1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"password", "=", "pass word=", "pass-word=", "password1=", "db-password=", "password=x",
    "\"password\"", "password\\", "password\\=", "password=\"", "password'", "password:'"})
  void aPasswordFormatNeedsANameEndingInALetterAndASign(String prefix) {
    assertThatThrownBy(() -> new SecretFormat("own", prefix, "A-Za-z0-9", 6, 64,
        SecretFormat.Kind.PASSWORD)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "password=S\u00e9cr3t!x9 end | 9 | 18",
    "password=S3cr3t!\u00e9x9Zq end | 9 | 21",
  })
  void aPasswordWithALatin1ByteIsFoundWholeInTheBytesAsInTheDecodedText(String latin1, int start,
      int end) {
    byte[] bytes = latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    List<String> fromBytes = new java.util.ArrayList<>();
    Detected.ENGINE.scanUtf8(bytes, 0, bytes.length,
        (type, from, to) -> fromBytes.add(type + " " + from + ":" + to));
    List<String> fromChars = new java.util.ArrayList<>();
    Detected.ENGINE.scan(new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
        (type, from, to) -> fromChars.add(type + " " + from + ":" + to));

    assertThat(fromBytes).containsExactly("SECRET " + start + ":" + end);
    assertThat(fromChars).containsExactly("SECRET " + start + ":" + end);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "70 ED A0 BD ED B8 80 73 73 77 30 72 64 | 13", // an emoji encoded as two surrogates (CESU-8)
    "53 33 63 72 33 74 21 C0 AF 70 77       | 11", // an overlong slash
    "53 33 63 72 E0 83 80 74 21 78 39       | 11", // an overlong letter
  })
  void aPasswordHoldingBytesThatAreNotValidUtf8IsFoundWhole(String hex, int length) {
    byte[] name = "password=".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    String[] units = hex.trim().split(" ");
    byte[] bytes = java.util.Arrays.copyOf(name, name.length + units.length + 4);
    for (int k = 0; k < units.length; k++) {
      bytes[name.length + k] = (byte) Integer.parseInt(units[k], 16);
    }
    System.arraycopy(" end".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes,
        name.length + units.length, 4);
    List<String> found = new java.util.ArrayList<>();
    Detected.ENGINE.scanUtf8(bytes, 0, bytes.length,
        (type, from, to) -> found.add(type + " " + from + ":" + to));

    assertThat(found).containsExactly("SECRET 9:" + (9 + length));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "user[password]=S3cret!x2&user[password_confirmation]=S3cret!x2",
    "{\"password\":\"S3cret!x2\",\"password_confirmation\":\"S3cret!x2\"}",
    "{\"newPassword\":\"S3cret!x2\",\"passwordConfirmation\":\"S3cret!x2\"}",
    "password=S3cret!x2&password_confirm=S3cret!x2", "password: S3cret!x2, passwordConfirm: S3cret!x2"
  })
  void findsTheSecondCopyASignUpFormSends(String text) {
    assertThat(Detected.values("SECRET", text)).containsExactly("S3cret!x2", "S3cret!x2");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "grant_type=client_credentials&client_id=shop&client_secret=Zx8-Qw2_Lp5vT | Zx8-Qw2_Lp5vT",
    "ssh-keygen passphrase: Correct-Horse-9 | Correct-Horse-9",
    "clientSecret=Zx8Qw2Lp5vT9 | Zx8Qw2Lp5vT9"
  })
  void findsAPassphraseAndAClientSecretAfterTheirNames(String text, String secret) {
    assertThat(Detected.values("SECRET", text)).containsExactly(secret);
  }

  @ParameterizedTest
  @ValueSource(strings = {"confirmation=ABC123XY", "booking confirmation: 7XK2P9", "client_secret=${CLIENT_SECRET}"})
  void staysQuietOnOtherConfirmationsAndReferences(String text) {
    assertThat(Detected.values("SECRET", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Impasse: Rue12bis", "compasse=abc123!", "resenha: nota 10/10!",
      "{\"msg\":\"compasse\\u003dabc123!\"}"})
  void aShortForeignNameCountsOnlyAtTheStartOfAWord(String text) {
    assertThat(Detected.values("SECRET", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"content\":\"password: Gr\\u00fc\\u00dfe2024\"}                   | Gr\\u00fc\\u00dfe2024",
    "{\"content\":\"Mein Passwort: S\\u00fc\\u00dfes2024!\\nDanke\"}    | S\\u00fc\\u00dfes2024!",
    "{\"content\":\"password: Ma\\u00f1ana#2024\"}                        | Ma\\u00f1ana#2024",
    "{\"arguments\":\"{\\\"note\\\":\\\"password: S\\\\u00fc\\\\u00dfes2024!\\\"}\"} | S\\\\u00fc\\\\u00dfes2024!"
  })
  void findsAnUnquotedValueWithLettersWrittenAsJsonEscapes(String row) {
    // Python's json.dumps escapes every letter beyond ASCII; the value stopped at the first one
    String[] parts = row.split(" +\\| ");
    assertThat(Detected.values("SECRET", parts[0])).containsExactly(parts[1]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"content\":\"password: 1\\u00e9\"}", "{\"content\":\"password: +\\u96fb\"}",
    "{\"content\":\"password: ab\\u00e9\"}"})
  void aValueIsAsLongAsTheCharactersItsEscapesStandFor(String text) {
    assertThat(Detected.values("SECRET", text)).isEmpty();
  }


  @ParameterizedTest
  @ValueSource(strings = {"{\"password\":\"Pa\\\\ss1\"}", "{\"password\":\"Ab\\\\c\\\\12\"}"})
  void anEscapedBackslashCountsAsTheCharacterItStandsFor(String text) {
    assertThat(Detected.values("SECRET", text)).hasSize(1);
  }
}
