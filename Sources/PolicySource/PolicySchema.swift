/// The RELAX NG schema of the policy source format, built into the tool so that an installed
/// binary needs no resource files. `codicil schema` prints it; `docs/policy.rng` is a copy.
public enum PolicySchema {
    /// The namespace every element of a policy source belongs to.
    public static let namespace = "urn:x-codicil:policy:1"

    /// The schema text, in RELAX NG's XML syntax.
    public static let relaxNG = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- RELAX NG schema of the Codicil policy source format, version 1.
     `codicil schema` prints the copy built into the tool; a test keeps the two equal. -->
<grammar xmlns="http://relaxng.org/ns/structure/1.0"
         ns="urn:x-codicil:policy:1"
         datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start>
    <element name="policy">
      <attribute name="id"/>
      <attribute><name ns="http://www.w3.org/XML/1998/namespace">lang</name></attribute>
      <element name="title"><ref name="inline"/></element>
      <element name="publisher"><ref name="inline"/></element>
      <ref name="revision"/>
      <optional><ref name="vocabulary"/></optional>
      <optional><ref name="numbering"/></optional>
      <optional>
        <element name="preamble"><oneOrMore><ref name="block"/></oneOrMore></element>
      </optional>
      <oneOrMore><ref name="section"/></oneOrMore>
      <optional>
        <element name="closing">
          <oneOrMore>
            <choice>
              <ref name="block"/>
              <element name="date"><ref name="inline"/></element>
              <element name="signature"><ref name="inline"/></element>
            </choice>
          </oneOrMore>
        </element>
      </optional>
      <optional>
        <element name="notes">
          <oneOrMore>
            <element name="note">
              <attribute name="id"/>
              <ref name="inline"/>
            </element>
          </oneOrMore>
        </element>
      </optional>
    </element>
  </start>

  <define name="revision">
    <element name="revision">
      <attribute name="effective"/>
      <optional><attribute name="label"/></optional>
      <!-- translates: in a translation, the effective date of the original's revision it follows. -->
      <optional><attribute name="translates"/></optional>
      <optional>
        <element name="summary"><ref name="inline"/></element>
      </optional>
    </element>
  </define>

  <define name="section">
    <element name="section">
      <attribute name="id"/>
      <optional><attribute name="number"/></optional>
      <!-- numbered="no": the section shows no number; its siblings count on without it. -->
      <optional>
        <attribute name="numbered"><choice><value>yes</value><value>no</value></choice></attribute>
      </optional>
      <optional><ref name="number-style"/></optional>
      <element name="heading"><ref name="inline"/></element>
      <zeroOrMore><ref name="rule"/></zeroOrMore>
      <zeroOrMore><ref name="block"/></zeroOrMore>
      <zeroOrMore><ref name="section"/></zeroOrMore>
    </element>
  </define>

  <define name="block">
    <choice>
      <ref name="paragraph"/>
      <ref name="list"/>
      <ref name="table"/>
    </choice>
  </define>

  <define name="paragraph">
    <element name="p">
      <optional><attribute name="id"/></optional>
      <zeroOrMore><ref name="rule"/></zeroOrMore>
      <ref name="inline"/>
    </element>
  </define>

  <define name="list">
    <element name="list">
      <attribute name="style">
        <choice>
          <value>ordered</value>
          <value>bulleted</value>
        </choice>
      </attribute>
      <optional><ref name="number-style"/></optional>
      <oneOrMore>
        <element name="item">
          <optional><attribute name="id"/></optional>
          <optional><attribute name="number"/></optional>
          <mixed>
            <zeroOrMore><ref name="rule"/></zeroOrMore>
            <zeroOrMore><ref name="inline-element"/></zeroOrMore>
            <zeroOrMore><ref name="block"/></zeroOrMore>
          </mixed>
        </element>
      </oneOrMore>
    </element>
  </define>

  <!-- A table: an optional caption, an optional header row, then rows; a row may carry an id
       and rules, like a list item, and every row has as many cells as the header. -->
  <define name="table">
    <element name="table">
      <optional><element name="caption"><ref name="inline"/></element></optional>
      <optional>
        <element name="header"><oneOrMore><ref name="cell"/></oneOrMore></element>
      </optional>
      <oneOrMore>
        <element name="row">
          <optional><attribute name="id"/></optional>
          <zeroOrMore><ref name="rule"/></zeroOrMore>
          <oneOrMore><ref name="cell"/></oneOrMore>
        </element>
      </oneOrMore>
    </element>
  </define>

  <define name="cell">
    <element name="cell"><ref name="inline"/></element>
  </define>

  <define name="vocabulary">
    <element name="vocabulary">
      <oneOrMore>
        <element>
          <choice>
            <name>action</name>
            <name>purpose</name>
            <name>recipient</name>
            <name>data</name>
            <name>fact</name>
          </choice>
          <attribute name="id"/>
          <optional><attribute name="dpv"/></optional>
          <optional><attribute name="defined-in"/></optional>
          <text/>
        </element>
      </oneOrMore>
    </element>
  </define>

  <!-- Numbering styles: per level in <numbering>, or from one section (and its following
       siblings) or one ordered list on with <number-style>. Numbers still come from position;
       a `number` attribute on a section or item states one outright. -->
  <define name="numbering">
    <element name="numbering">
      <oneOrMore>
        <element name="level">
          <attribute name="of">
            <choice>
              <value>sections</value>
              <value>items</value>
            </choice>
          </attribute>
          <attribute name="depth"><data type="positiveInteger"/></attribute>
          <ref name="number-style-attributes"/>
          <empty/>
        </element>
      </oneOrMore>
    </element>
  </define>

  <define name="number-style">
    <element name="number-style"><ref name="number-style-attributes"/><empty/></element>
  </define>

  <define name="number-style-attributes">
    <optional>
      <attribute name="format">
        <choice>
          <value>decimal</value>
          <value>lower-alpha</value>
          <value>upper-alpha</value>
          <value>lower-roman</value>
          <value>upper-roman</value>
        </choice>
      </attribute>
    </optional>
    <optional><attribute name="prefix"/></optional>
    <optional>
      <attribute name="punctuation">
        <choice>
          <value>none</value>
          <value>period</value>
          <value>colon</value>
          <value>parentheses</value>
          <value>parenthesis</value>
        </choice>
      </attribute>
    </optional>
    <optional>
      <attribute name="repeat-parent">
        <choice>
          <value>yes</value>
          <value>no</value>
        </choice>
      </attribute>
    </optional>
    <optional><attribute name="start"><data type="positiveInteger"/></attribute></optional>
  </define>

  <!-- Rules: each attribute but `action` is optional; a list is space-separated ("any of"). -->
  <define name="rule">
    <choice>
      <element name="permit"><ref name="rule-attributes"/><empty/></element>
      <element name="forbid"><ref name="rule-attributes"/><empty/></element>
      <element name="deny-by-default"><attribute name="action"/><empty/></element>
    </choice>
  </define>

  <define name="rule-attributes">
    <attribute name="action"/>
    <optional><attribute name="purpose"/></optional>
    <optional><attribute name="recipient"/></optional>
    <optional><attribute name="data"/></optional>
    <optional><attribute name="requires"/></optional>
    <optional><attribute name="unless"/></optional>
  </define>

  <define name="inline">
    <mixed>
      <zeroOrMore><ref name="inline-element"/></zeroOrMore>
    </mixed>
  </define>

  <define name="inline-element">
    <choice>
      <element name="em"><ref name="inline"/></element>
      <element name="strong"><ref name="inline"/></element>
      <element name="term"><ref name="inline"/></element>
      <element name="a">
        <attribute name="href"/>
        <ref name="inline"/>
      </element>
      <element name="noteref"><attribute name="to"/><empty/></element>
      <element name="xref"><attribute name="to"/><empty/></element>
      <element name="br"><empty/></element>
    </choice>
  </define>
</grammar>
"""#
}
