/** The annotations promwire's processor reads; nothing reads them at run time. */
module io.promwire.annotations {
  exports io.promwire.annotations;
}
