package org.dlc.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Option;

/** A command line is written down (log, record) only with the values of its secret options masked. */
class SecretOptionsTest {

    @Test
    void the_authentication_key_is_the_secret_option_of_the_commands() {
        assertEquals("dect_extension -i -d 1003 --ipei 0001905920153 --authentication-key ****",
                CommandInterpreter.masked("dect_extension -i -d 1003 --ipei 0001905920153 --authentication-key 1234"));
    }

    @Test
    void a_value_in_either_form_and_in_any_quoting_is_masked_and_the_rest_is_kept_word_for_word() {
        assertEquals("dect_extension -i -d 1003 --ipei '00019 0592015 3' --authentication-key ****",
                CommandInterpreter.masked("dect_extension  -i -d 1003 --ipei \"00019 0592015 3\" --authentication-key '12 34'"));
        assertEquals("dect_extension -i --authentication-key=**** -d 1003",
                CommandInterpreter.masked("dect_extension -i --authentication-key=1234 -d 1003"));
        assertEquals("dect_extension -i -d 1003 --authentication-key ****",
                CommandInterpreter.masked("dect_extension -i -d 1003 --authentication-key \"\""));
    }

    @Test
    void every_command_s_secret_options_count_also_for_a_misspelt_or_unknown_command() {
        assertEquals("dect_extensoin -i -d 1003 --authentication-key ****",
                CommandInterpreter.masked("dect_extensoin -i -d 1003 --authentication-key 87654321"));
        assertEquals("extension -i -d 1003 --authentication-key ****",
                CommandInterpreter.masked("extension -i -d 1003 --authentication-key 87654321"));
    }

    @Test
    void lines_without_secrets_are_unchanged_and_an_unsplittable_line_is_not_shown() {
        assertEquals("extension -i -d 1003 -l 1 --csp 5", CommandInterpreter.masked("extension -i -d 1003 -l 1 --csp 5"));
        assertEquals("", CommandInterpreter.masked(""));
        assertEquals(SecretOptions.UNPARSABLE,
                CommandInterpreter.masked("dect_extension -i -d 1003 --authentication-key '1234"));
        assertFalse(CommandInterpreter.masked("dect_extension -i -d 1003 --authentication-key \"1234").contains("1234"));
    }

    @Test
    void a_trailing_secret_option_without_a_value_masks_nothing_and_keeps_the_line() {
        assertEquals("dect_extension -i -d 1003 --authentication-key",
                CommandInterpreter.masked("dect_extension -i -d 1003 --authentication-key"));
    }

    /** The marker is read from the option's field: every name of a marked option counts, unmarked ones never. */
    static final class Example {
        @Option(names = {"-k", "--key"})
        @SecretOption
        String key;
        @Option(names = "--name")
        String name;
    }

    @Test
    void the_marker_next_to_the_option_defines_which_names_are_secret() {
        SecretOptions secrets = SecretOptions.of(List.of(new Example()));
        assertEquals(Set.of("-k", "--key"), secrets.names());
        assertEquals("example --name bob -k **** --key=****", secrets.mask("example --name bob -k s3cr3t --key=s3cr3t"));
    }
}
